// `npm run bench -- <name> [args]`: runs bench/<name>.ts. Without a name, lists them.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = import.meta.dirname;
const available = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['index.ts', 'stats.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

const [name, ...args] = process.argv.slice(2);
const selected = name ? [name] : available;
if (name && !available.includes(name)) {
  console.error(`Unknown benchmark "${name}". Available: ${available.join(', ')}`);
  process.exit(2);
}
for (const bench of selected) {
  console.log(`\n=== bench: ${bench} ===`);
  const mod = (await import(pathToFileURL(path.join(dir, `${bench}.ts`)).href)) as {
    run(args: string[]): Promise<void>;
  };
  await mod.run(args);
}
process.exit(0);
