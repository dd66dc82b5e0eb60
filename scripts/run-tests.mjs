// `npm test`: typecheck, lint, unit tests, e2e, in that order (stopping at the first failure), then a
// summary of every suite and test that was skipped and why, so a green run never hides what it left out.
// The exit code is the first failing step's, or 0.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { formatSkips, playwrightSkips, readJson } from './testing/skip-summary.mjs';

const root = path.resolve(import.meta.dirname, '..');
const UNIT_SKIPS = path.join(root, 'test-results/skipped-unit.json');
const E2E_REPORT = path.join(root, 'e2e-output/results.json');
const steps = ['typecheck', 'lint', 'test:unit', 'test:e2e'];

rmSync(UNIT_SKIPS, { force: true });
rmSync(E2E_REPORT, { force: true });

let failed = null;
let code = 0;
for (const step of steps) {
  const run = spawnSync('npm', ['run', step], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  code = run.status ?? 1;
  if (code !== 0) {
    failed = step;
    break;
  }
}

const unit = readJson(UNIT_SKIPS);
const e2e = readJson(E2E_REPORT);
console.log('\n=== What this run did not test ===');
console.log(unit ? formatSkips('Unit tests', unit) : 'Unit tests: did not run.');
console.log(e2e ? formatSkips('e2e', playwrightSkips(e2e)) : 'e2e: did not run.');
console.log(failed ? `\nnpm test FAILED at "${failed}" (exit code ${code}).` : '\nnpm test passed.');
process.exit(code);
