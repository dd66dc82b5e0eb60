// `npm run bench -- cli [--runs N]`: how fast the CLI answers, against a bare `node -e 0` in the same
// loop (interleaved, so machine load hits every command alike). Targets: `--help` within 8x and
// importing one PDF with `--json` within 20x of bare Node. The CLI runs as `npm run cli` does
// (scripts/cli.mjs, from the bundle in out/cli, built first if stale; the build is not timed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { textPdf } from '../src/main/core/profile/import/make-test-pdf';
import { summarize } from './stats';

const root = path.resolve(import.meta.dirname, '..');
const launcher = path.join(root, 'scripts/cli.mjs');
const sharedPdf = path.resolve(root, '../shared/fixtures/resumes/billryan_resume-en.pdf');

function timeRun(args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const elapsed = performance.now() - start;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed (${run.status}): ${run.stderr.slice(0, 500)}`);
  return elapsed;
}

export async function run(args: string[]): Promise<void> {
  const i = args.indexOf('--runs');
  const runs = i >= 0 ? Math.max(1, Number(args[i + 1]) || 10) : 10;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-bench-cli-'));
  try {
    // A real CV when ../shared is there; else a one-page PDF built here, so the bench runs anywhere.
    let pdf = sharedPdf;
    if (!existsSync(pdf)) {
      pdf = path.join(tmp, 'cv.pdf');
      writeFileSync(pdf, textPdf('Ada Example - Backend Engineer - Python, PostgreSQL, Kubernetes - ada@example.org'));
    }
    const commands = {
      'node -e 0': ['-e', '0'],
      'cli --help': [launcher, '--help'],
      'cli import <pdf> --json': [launcher, '--data-dir', tmp, 'import', pdf, '--json'],
    };
    timeRun([launcher, '--version']); // builds out/cli when stale: not part of any timing
    const samples = new Map<string, number[]>(Object.keys(commands).map((k) => [k, []]));
    for (let r = 0; r < runs; r++)
      for (const [name, argv] of Object.entries(commands)) samples.get(name)!.push(timeRun(argv));

    const base = summarize(samples.get('node -e 0')!).median;
    console.log(
      `CLI start-up, ${runs} interleaved runs each (${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}, Node ${process.version})`,
    );
    console.log(
      `PDF: ${pdf === sharedPdf ? path.relative(root, pdf) : 'a one-page PDF built by the bench (../shared is absent)'}`,
    );
    console.log('command                       median      p95    x node   target');
    const targets: Record<string, number> = { 'cli --help': 8, 'cli import <pdf> --json': 20 };
    for (const [name, list] of samples) {
      const s = summarize(list);
      const ratio = s.median / base;
      const target = targets[name];
      const verdict = target ? `${ratio <= target ? 'within' : 'OVER'} ${target}x` : '';
      console.log(
        `${name.padEnd(28)} ${s.median.toFixed(0).padStart(6)} ms ${s.p95.toFixed(0).padStart(6)} ms ${ratio.toFixed(1).padStart(7)}x   ${verdict}`,
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
