import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATIONS_FOLDER, openDatabase } from './client';

/**
 * Nothing lost: a child process commits profile edits, jobs (with their captures) and applications
 * (with their status history) in transactions
 * and reports each commit; it is killed with SIGKILL at a random moment, 200 times. After every kill
 * the database opens the way the app opens it (integrity check included), passes `integrity_check`,
 * and holds every commit the child reported.
 */
const KILLS = 200;
const ROOT = path.resolve(import.meta.dirname, '../../../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-crash-'));
const file = path.join(dir, 'jobsmith.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bundled once to plain JS beside node_modules, so each child starts in tens of milliseconds. */
async function bundleWriter(): Promise<string> {
  const outDir = path.join(ROOT, 'node_modules/.cache/jobsmith-crash-test');
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, `crash-writer-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(import.meta.dirname, 'testing/crash-writer.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
  return outfile;
}

interface RunResult {
  committed: string[];
  reachedReady: boolean;
}

/** Starts a writer, kills it after `delayMs` (counted from its first commit, or from spawn when early). */
function runAndKill(writer: string, run: number, delayMs: number, early: boolean): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, file, DEFAULT_MIGRATIONS_FOLDER, String(run)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const result: RunResult = { committed: [], reachedReady: false };
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let timer: NodeJS.Timeout | undefined;
    const arm = (): void => void (timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs));
    if (early) arm();
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready') result.reachedReady = true;
      else if (line.startsWith('commit ')) {
        result.committed.push(line.slice(7));
        arm();
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(result);
      else reject(new Error(`writer exited by itself (code ${code}): ${stderr.slice(0, 500)}`));
    });
  });
}

describe('crash safety', () => {
  it(`keeps every reported commit through ${KILLS} SIGKILLs at random moments`, { timeout: 240_000 }, async () => {
    const writer = await bundleWriter();
    openDatabase({ file }).close(); // a fresh, migrated database
    let survived = 0;
    let commits = 0;
    for (let run = 0; run < KILLS; run++) {
      // One kill in ten lands while the child is still opening the database or migrating.
      const early = run % 10 === 0;
      const { committed } = await runAndKill(writer, run, early ? Math.random() * 60 : Math.random() * 40, early);
      commits += committed.length;

      const reopened = openDatabase({ file }); // throws DatabaseCorruptError if the file were damaged
      reopened.close();
      const sqlite = new Database(file, { readonly: true });
      try {
        expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        const has = sqlite.prepare('SELECT count(*) AS n FROM jobs WHERE id = ?');
        const captures = sqlite.prepare('SELECT count(*) AS n FROM job_captures WHERE job_id = ?');
        const applied = sqlite.prepare('SELECT count(*) AS n FROM applications WHERE id = ? AND job_id = ?');
        for (const key of committed) {
          expect((has.get(`job-${key}`) as { n: number }).n, `job ${key}`).toBe(1);
          expect((captures.get(`job-${key}`) as { n: number }).n, `capture of ${key}`).toBe(1);
          expect((applied.get(`app-${key}`, `job-${key}`) as { n: number }).n, `application ${key}`).toBe(1);
        }
        const last = committed.at(-1);
        if (last) {
          // The profile shows the last reported edit, or the one committed just before the kill.
          const label = (
            JSON.parse((sqlite.prepare('SELECT data FROM profile WHERE id = 1').get() as { data: string }).data) as {
              basics: { label: string };
            }
          ).basics.label;
          const [, n] = last.split('-').map(Number) as [number, number];
          expect([`edit ${last}`, `edit ${run}-${n + 1}`]).toContain(label);
        }
      } finally {
        sqlite.close();
      }
      survived++;
    }
    expect(survived).toBe(KILLS);
    expect(commits).toBeGreaterThan(KILLS); // the kills really landed among writes
    console.log(`crash safety: ${survived} SIGKILLs survived, ${commits} reported commits all present`);
    rmSync(writer, { force: true });
  });
});
