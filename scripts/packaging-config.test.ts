import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { APP_ID, APP_VERSION } from '../src/shared/app';

// Packaging cannot run on machines without an Electron binary, so the configuration is checked here.
const root = path.resolve(import.meta.dirname, '..');
interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  files: string[];
  npmRebuild: boolean;
  extraResources: { from: string; to: string }[];
  electronFuses: Record<string, boolean>;
  protocols: { schemes: string[] }[];
  linux: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
}
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
  scripts: Record<string, string>;
};

describe('electron-builder.yml', () => {
  it('names the app and packs it in an asar', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe('Jobsmith');
    expect(config.asar).toBe(true);
    expect(config.files).toContain('out/**');
    expect(config.files).toContain('!out/cli/**');
  });

  it('targets Linux (AppImage, deb), macOS (dmg) and Windows (nsis) with an icon that exists', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac.target).toContain('dmg');
    expect(config.win.target).toContain('nsis');
    for (const os of ['linux', 'mac', 'win'] as const) expect(existsSync(path.join(root, config[os].icon))).toBe(true);
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it("ships the Electron build of better-sqlite3 without rebuilding node_modules (tests keep Node's)", () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.extraResources).toEqual(
      expect.arrayContaining([expect.objectContaining({ from: 'native/electron', to: 'native' })]),
    );
    expect(pkg.scripts.test).not.toMatch(/native:electron/);
    expect(pkg.scripts.dev).toMatch(/native:electron/);
  });

  it('registers the jobsmith:// protocol for browser capture', () => {
    expect(config.protocols[0]?.schemes).toContain('jobsmith');
  });

  it('keeps the version in one place', () => {
    expect(pkg.version).toBe(APP_VERSION);
  });
});
