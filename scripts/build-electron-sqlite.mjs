// Builds better-sqlite3 for Electron's ABI into native/electron/, leaving node_modules (Node's ABI,
// used by the CLI and tests) untouched. Only the app's scripts (dev, dist) run this; `npm test` never does.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'native', 'electron');
const target = path.join(outDir, 'better_sqlite3.node');
const stampFile = path.join(outDir, 'stamp.json');

const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = JSON.parse(readFileSync(path.join(sqliteDir, 'package.json'), 'utf8')).version;
const stamp = JSON.stringify({ electronVersion, sqliteVersion, platform: process.platform, arch: process.arch });

if (existsSync(target) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
  console.log(`better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} is up to date.`);
  process.exit(0);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-native-'));
const copy = path.join(work, 'better-sqlite3');
cpSync(sqliteDir, copy, { recursive: true, filter: (src) => !src.includes(`${path.sep}build${path.sep}`) });
const run = (cmd, args) => execFileSync(cmd, args, { cwd: copy, stdio: 'inherit' });

try {
  console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion}…`);
  try {
    run(process.execPath, [
      require.resolve('prebuild-install/bin.js'),
      '--runtime',
      'electron',
      '--target',
      electronVersion,
    ]);
  } catch {
    const nodeGyp = process.env.npm_config_node_gyp ?? require.resolve('node-gyp/bin/node-gyp.js');
    run(process.execPath, [
      nodeGyp,
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electronVersion}`,
      '--dist-url=https://electronjs.org/headers',
    ]);
  }
  mkdirSync(outDir, { recursive: true });
  cpSync(path.join(copy, 'build', 'Release', 'better_sqlite3.node'), target);
  writeFileSync(stampFile, stamp);
  console.log(`Wrote ${path.relative(root, target)}.`);
} catch (error) {
  console.error(
    `Could not build better-sqlite3 for Electron (${error.message}).\n` +
      "It needs Electron's headers or a prebuilt binary from the internet. The CLI and tests do not need it.",
  );
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
