#!/usr/bin/env node
// `npm run cli -- <command>`: runs the CLI from a bundle in out/cli, rebuilt (esbuild, well under a second)
// only when a source file is newer than it, so a call costs Node's start-up plus what the command loads.
// The bundle keeps node_modules external; the CV parser's worker and the migrations sit beside it.
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'out/cli');
const entry = path.join(outDir, 'cli.js');
const sources = ['src/main', 'src/shared', 'package.json', 'package-lock.json', 'scripts/cli.mjs'].map((p) =>
  path.join(root, p),
);

/** The newest modification time under the given files and folders (tests included: cheap and safe). */
function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    const info = statSync(p, { throwIfNoEntry: false });
    if (!info) return;
    if (info.isDirectory()) {
      for (const name of readdirSync(p)) visit(path.join(p, name));
    } else if (info.mtimeMs > newest) newest = info.mtimeMs;
  };
  for (const p of paths) visit(p);
  return newest;
}

export async function buildCli() {
  const { build } = await import('esbuild');
  await build({
    entryPoints: {
      cli: path.join(root, 'src/main/cli.ts'),
      // run-import-worker.ts starts this beside itself when it runs from a build.
      'import-worker': path.join(root, 'src/main/core/profile/import/import-worker.ts'),
    },
    outdir: outDir,
    bundle: true,
    splitting: true, // dynamic imports become chunks: --help never loads the parsers or the core
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  // The database module finds its migrations beside itself (src/main/core/db/client.ts).
  cpSync(path.join(root, 'src/main/core/db/migrations'), path.join(outDir, 'migrations'), { recursive: true });
}

const stale = !existsSync(entry) || statSync(entry).mtimeMs < newestMtime(sources);
if (stale) await buildCli();
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await import(pathToFileURL(entry).href);
