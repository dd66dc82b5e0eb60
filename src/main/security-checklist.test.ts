import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), checked
 * without an Electron binary: from the shell's source, the CSP, electron-builder's fuses and the
 * installed Electron version. Files are found by name anywhere under src/main, so moving shell files
 * into a folder does not silence a check.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
const sources = walk(path.join(ROOT, 'src')).filter(
  (f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts') && !f.endsWith('.test.tsx'),
);
const NOT_SHELL = ['core', 'handlers', 'bridge', 'cli'].map((d) => `${path.sep}${d}${path.sep}`);
const shellFile = (name: string): string => {
  // Paths relative to the repository, so the folder the checkout lives in (e.g. /work/main) cannot match.
  const found = sources.filter((f) => {
    const rel = `${path.sep}${path.relative(ROOT, f)}`;
    const inMain = rel.startsWith(`${path.sep}src${path.sep}main${path.sep}`);
    return inMain && !NOT_SHELL.some((d) => rel.includes(d)) && path.basename(f) === name;
  });
  expect(found, `exactly one shell file called ${name}`).toHaveLength(1);
  return readFileSync(found[0]!, 'utf8');
};
const all = sources.map((f) => readFileSync(f, 'utf8')).join('\n');
const window = shellFile('window.ts');
const index = shellFile('index.ts');
const webPreferences = /webPreferences:\s*{([^}]*)}/.exec(window)?.[1] ?? '';
const builder = parse(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as {
  electronFuses: Record<string, boolean>;
};
const electronVersion = (
  JSON.parse(readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
).version;
const csp = Object.fromEntries(
  CONTENT_SECURITY_POLICY.split(';')
    .map((d) => d.trim().split(/\s+/))
    .map(([k, ...v]) => [k!, v]),
);

const CHECKLIST: [number, string, () => void][] = [
  [
    1,
    'Only load secure content',
    () => {
      expect(window).toMatch(/loadURL\(APP_ENTRY_URL\)/);
      expect(index).toMatch(/!app\.isPackaged \? process\.env\.ELECTRON_RENDERER_URL/); // the dev server only when unpackaged
    },
  ],
  [
    2,
    'Do not enable Node.js integration for remote content',
    () => {
      expect(webPreferences).toMatch(/nodeIntegration:\s*false/);
      expect(all).not.toMatch(/nodeIntegration(InWorker|InSubFrames)?:\s*true/);
    },
  ],
  [3, 'Enable context isolation', () => expect(webPreferences).toMatch(/contextIsolation:\s*true/)],
  [4, 'Enable process sandboxing', () => expect(webPreferences).toMatch(/sandbox:\s*true/)],
  [
    5,
    'Handle session permission requests from remote content',
    () => {
      expect(window).toMatch(/setPermissionRequestHandler\(/);
      expect(window).toMatch(/setPermissionCheckHandler\(/);
      expect(index).toMatch(/lockDownSession\(\);\n\s*if \(!devServerUrl\)/); // in development too
    },
  ],
  [
    6,
    'Do not disable webSecurity',
    () => {
      expect(webPreferences).toMatch(/webSecurity:\s*true/);
      expect(all).not.toMatch(/webSecurity:\s*false/);
    },
  ],
  [
    7,
    'Define a Content Security Policy',
    () => {
      expect(csp['default-src']).toEqual(["'self'"]);
      expect(csp['script-src']).toEqual(["'self'"]);
      expect(csp['object-src']).toEqual(["'none'"]);
      expect(csp['frame-ancestors']).toEqual(["'none'"]);
      expect(window).toMatch(/'Content-Security-Policy': \[CONTENT_SECURITY_POLICY\]/);
      expect(shellFile('app-protocol.ts')).toMatch(
        /headers\.set\('Content-Security-Policy', CONTENT_SECURITY_POLICY\)/,
      );
    },
  ],
  [
    8,
    'Do not enable allowRunningInsecureContent',
    () => expect(all).not.toMatch(/allowRunningInsecureContent:\s*true/),
  ],
  [9, 'Do not enable experimental features', () => expect(all).not.toMatch(/experimentalFeatures:\s*true/)],
  [
    10,
    'Do not use enableBlinkFeatures',
    () => {
      expect(all).not.toMatch(/enableBlinkFeatures/);
      expect(webPreferences).toMatch(/disableBlinkFeatures:\s*'Auxclick'/);
    },
  ],
  [
    11,
    '<webview>: do not use allowpopups',
    () => {
      expect(webPreferences).toMatch(/webviewTag:\s*false/);
      expect(all).not.toMatch(/allowpopups/i);
    },
  ],
  [
    12,
    '<webview>: verify options and params',
    () => expect(window).toMatch(/on\('will-attach-webview', \(event\) => event\.preventDefault\(\)\)/),
  ],
  [
    13,
    'Disable or limit navigation',
    () =>
      expect(window).toMatch(
        /on\('will-navigate', \(event, url\) => {\s*if \(!trusted\(url\)\) event\.preventDefault\(\);/,
      ),
  ],
  [
    14,
    'Disable or limit creation of new windows',
    () => expect(window).toMatch(/setWindowOpenHandler\([\s\S]*?return { action: 'deny' }/),
  ],
  [
    15,
    'Do not use shell.openExternal with untrusted content',
    () => {
      const calls = all.match(/^.*shell\.openExternal\(.*$/gm) ?? [];
      expect(calls.length).toBeGreaterThan(0);
      for (const line of calls) expect(line).toMatch(/\/\^https\?:/);
    },
  ],
  [
    16,
    'Use a current version of Electron',
    () => expect(Number(electronVersion.split('.')[0])).toBeGreaterThanOrEqual(39),
  ],
  [
    17,
    'Validate the sender of all IPC messages',
    () => {
      const ipc = shellFile('register-ipc.ts');
      expect(ipc).toMatch(
        /ipcMain\.handle\(channel, async \(event, input: unknown\) => {\s*if \(!validateSender\(event\.senderFrame/,
      );
      expect(all.match(/ipcMain\.(handle|on)\(/g)).toHaveLength(1);
    },
  ],
  [
    18,
    'Avoid the file:// protocol; prefer a custom protocol',
    () => {
      expect(all).not.toMatch(/\.loadFile\(/);
      expect(shellFile('app-protocol.ts')).toMatch(/registerSchemesAsPrivileged[\s\S]*protocol\.handle\(APP_SCHEME/);
      expect(index).toMatch(/registerAppScheme\(\)/);
    },
  ],
  [
    19,
    'Check which fuses you can change',
    () => {
      expect(builder.electronFuses).toMatchObject({
        runAsNode: false,
        enableCookieEncryption: true,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
        grantFileProtocolExtraPrivileges: false,
      });
    },
  ],
  [
    20,
    'Do not expose Electron APIs to untrusted web content',
    () => {
      const preload = readFileSync(path.join(ROOT, 'src/preload/index.ts'), 'utf8');
      expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
      expect(preload).toMatch(/exposeInMainWorld\('jobsmith', api\)/);
      expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    },
  ],
];

describe("Electron's security checklist", () => {
  it('has all 20 items', () => expect(CHECKLIST.map(([n]) => n)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1)));
  for (const [n, item, check] of CHECKLIST) it(`${n}. ${item}`, check);
});
