import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../core/app-core';
import { startFakeModelServer, type FakeModelServer } from '../core/ai/testing/fake-model-server';
import { FABRICATIONS, TRUTHFUL_CV, TRUTHFUL_LETTER } from '../core/tailor/testing/recorded-tailoring.fixture';
import { SAMPLE_JOB, sampleProfile } from '../core/tailor/testing/sample-profile.fixture';
import { streamed } from '../core/tailor/testing/tailor-harness';
import { EXIT_FLAGS_OPEN } from './tailor';
import { runCli } from './testing';

const dir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-cli-tailor-'));
const data = path.join(dir, 'data');
const jobFile = path.join(dir, 'posting.txt');
const run = (...args: string[]) => runCli(['--data-dir', data, ...args]);
const report = (out: string) => JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
let server: FakeModelServer | null = null;

beforeAll(async () => {
  const core = createCore({ dataDir: data, watchIntervalMs: null });
  core.profile.save(sampleProfile());
  await core.close();
  writeFileSync(jobFile, `${SAMPLE_JOB.title}\n${SAMPLE_JOB.company}\n\n${SAMPLE_JOB.text}`);
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('cli tailor', () => {
  it('--provider none writes the CV and letter as PDF and DOCX, and report.json, exit 0', async () => {
    const out = path.join(dir, 'none');
    const { code, err } = await run('tailor', '--job', jobFile, '--provider', 'none', '--out', out);
    expect(err).toBe('');
    expect(code).toBe(0);
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith('.pdf'))).toHaveLength(2);
    expect(files.filter((f) => f.endsWith('.docx'))).toHaveLength(2);
    const r = report(out);
    expect(r.mode).toBe('no-model');
    expect(r.flags).toEqual([]);
    expect(r.stages.map((s: { stage: string }) => s.stage)).toEqual(['analyze', 'select', 'write', 'check']);
    expect(r.stages.every((s: { ms: number }) => s.ms >= 0)).toBe(true);
    expect(typeof r.match.before).toBe('number');
    expect(r.ats.length).toBe(5);
    expect(r.files).toHaveLength(4);
    for (const f of r.files.filter((x: string) => x.endsWith('.pdf')))
      expect(readFileSync(path.join(out, f)).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('a fabricating model: exit 3, report with each flag (claim, kind, reason), no PDF or DOCX', async () => {
    const [, sourceId, text, factIds] = FABRICATIONS[2]!;
    const cv = {
      ...TRUTHFUL_CV,
      bullets: TRUTHFUL_CV.bullets.map((b) => (b.sourceId === sourceId ? { sourceId, text, factIds } : b)),
    };
    server = await startFakeModelServer([streamed(cv), streamed(TRUTHFUL_LETTER)]);
    const out = path.join(dir, 'flagged');
    const { code, err } = await run(
      'tailor',
      '--job',
      jobFile,
      '--provider',
      'openai-compatible',
      '--model',
      'replay-1',
      '--base-url',
      `${server.url}/v1`,
      '--tone',
      'concise',
      '--out',
      out,
    );
    expect(code).toBe(EXIT_FLAGS_OPEN);
    expect(err).toMatch(/\[percent\] "45%"/);
    expect(readdirSync(out)).toEqual(['report.json']);
    const r = report(out);
    expect(r.mode).toBe('model');
    expect(r.flags).toEqual([
      expect.objectContaining({
        document: 'cv',
        blockId: sourceId,
        claim: '45%',
        kind: 'percent',
        reason: expect.stringContaining('30%'),
      }),
    ]);
  }, 60_000);

  it('rejects an unknown provider, tone or job clearly (exit 1)', async () => {
    expect((await run('tailor', '--job', jobFile, '--provider', 'skynet', '--out', dir)).err).toMatch(
      /Unknown provider "skynet"/,
    );
    expect((await run('tailor', '--job', jobFile, '--tone', 'grovelling', '--out', dir)).code).toBe(1);
    const missing = await run('tailor', '--job', 'no-such-job', '--out', dir);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no longer stored|No job/);
    expect(existsSync(path.join(dir, 'report.json'))).toBe(false);
  });
});
