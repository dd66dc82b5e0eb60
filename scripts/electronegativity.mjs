// Runs Doyensec's Electronegativity over src/ offline, for `npm test` (test:security).
// The package's own CLI no longer starts (it needs an old commander) and fetches translations and
// release data from the internet, so this calls its runner directly with the network taken away:
// `got` (its only HTTP client) is replaced by one that refuses, and AvailableSecurityFixesGlobalCheck
// (which downloads Electron release notes) is excluded. Exits 1 on any finding.
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'got') return () => Promise.reject(new Error('offline: Electronegativity may not use the network'));
  return load.call(this, request, ...rest);
};
const log = console.log;
console.log = (...args) =>
  String(args[0]).startsWith('Could not retrieve updated translations') ? undefined : log(...args);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = JSON.parse(
  fs.readFileSync(require.resolve('electron/package.json', { paths: [root] }), 'utf8'),
).version;
const output =
  process.argv[2] ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'electronegativity-')), 'electronegativity.csv');
const run = require('@doyensec/electronegativity/dist/runner.js');

run({
  input: path.join(root, 'src'),
  output,
  isSarif: false,
  customScan: [],
  excludeFromScan: ['availablesecurityfixesglobalcheck'],
  isRelative: true,
  isVerbose: false,
  electronVersionOverride: electronVersion,
  parserPlugins: [],
})
  .then((result) => {
    const issues = result.issues.map(
      (i) => `${i.id} ${i.severity?.name ?? ''} ${i.file}:${i.location?.line ?? ''} ${i.description ?? ''}`,
    );
    log(
      `Electronegativity (Electron ${electronVersion}): ${result.atomicChecks} atomic + ${result.globalChecks} global checks, ${issues.length} finding(s). Report: ${output}`,
    );
    for (const line of issues) log(`  ${line}`);
    process.exit(issues.length ? 1 : 0);
  })
  .catch((error) => {
    console.error(error);
    process.exit(2);
  });
