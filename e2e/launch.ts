import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, _electron, type Browser, type ElectronApplication, type Page } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** One running app: a page showing the renderer, and a way to restart the core on the same data. */
export interface RunningApp {
  page: Page;
  dataDir: string;
  restart(): Promise<void>;
  close(): Promise<void>;
}

interface Served {
  process: ChildProcess;
  appUrl: string;
}

/** Starts `jobsmith serve` (the real CLI) on 127.0.0.1 and waits for its URL. */
async function serve(dataDir: string): Promise<Served> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/main/cli.ts',
      '--data-dir',
      dataDir,
      '--allow-private-host',
      '127.0.0.1',
      'serve',
      '--json',
    ],
    {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`jobsmith serve exited with ${code}`)));
  });
  return { process: child, appUrl: (JSON.parse(line) as { appUrl: string }).appUrl };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Opens the renderer and waits until the first screen (loaded on demand) has rendered. */
async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('main h1').first().waitFor();
}

export async function launchBridgeApp(dataDir: string): Promise<RunningApp> {
  let served = await serve(dataDir);
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
  await openApp(page, served.appUrl);
  return {
    page,
    dataDir,
    async restart() {
      await stop(served.process);
      served = await serve(dataDir);
      await openApp(page, served.appUrl);
    },
    async close() {
      await browser.close();
      await stop(served.process);
    },
  };
}

/**
 * The Electron binary, if this machine has one. npm installs Electron ≥ 42 without its binary, and
 * `require('electron')` would then try to download it, so look for the files instead.
 */
export function electronBinary(): string | undefined {
  if (process.env.ELECTRON_PATH && existsSync(process.env.ELECTRON_PATH)) return process.env.ELECTRON_PATH;
  try {
    const dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = path.join(dir, 'path.txt');
    if (!existsSync(pathFile)) return undefined;
    const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

export async function launchElectronApp(dataDir: string, executablePath: string): Promise<RunningApp> {
  const start = async (): Promise<ElectronApplication> =>
    _electron.launch({
      executablePath,
      args: [path.join(ROOT, 'out/main/index.js')],
      env: { ...process.env, JOBSMITH_DATA_DIR: dataDir },
    });
  const firstScreen = async (electronApp: ElectronApplication): Promise<Page> => {
    const page = await electronApp.firstWindow();
    await page.locator('main h1').first().waitFor();
    return page;
  };
  let app = await start();
  const running: RunningApp = {
    page: await firstScreen(app),
    dataDir,
    async restart() {
      await app.close();
      app = await start();
      running.page = await firstScreen(app);
    },
    close: () => app.close(),
  };
  return running;
}
