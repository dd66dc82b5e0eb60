import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../core/app-core';
import { SAMPLE_JOB, SAMPLE_PROFILE } from '../core/match/testing/sample-match.fixture';
import { insertTestJob } from '../core/match/testing';
import { runCli } from './testing';

const dir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-cli-match-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => runCli(['--data-dir', path.join(dir, 'data'), ...args]);

describe('cli analyze', () => {
  it('prints skills whose offsets slice the file text exactly as read', async () => {
    const file = path.join(dir, 'job.txt');
    // CRLF, a BOM-less accent, an emoji (two UTF-16 units) and tricky tokens before the skills
    const text =
      'Café 🚀 team\r\nRequirements:\r\n- C++ and Node.js\r\n- Go/Golang, k8s\r\nNice to have: C#, .NET, CI/CD\r\n';
    writeFileSync(file, text, 'utf8');
    const { code, out } = await run('analyze', file, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out) as { skills: { name: string; start: number; end: number; strength: string }[] };
    const read = readFileSync(file, 'utf8');
    expect(result.skills.map((s) => [read.slice(s.start, s.end), s.name, s.strength])).toEqual([
      ['C++', 'C++', 'required'],
      ['Node.js', 'Node.js', 'required'],
      ['Go', 'Go', 'required'],
      ['Golang', 'Go', 'required'],
      ['k8s', 'Kubernetes', 'required'],
      ['C#', 'C#', 'preferred'],
      ['.NET', '.NET', 'preferred'],
      ['CI/CD', 'CI/CD', 'preferred'],
    ]);
    expect(existsSync(path.join(dir, 'data'))).toBe(false); // analysing opens no database
  });

  it('refuses a binary file with a clear message', async () => {
    const file = path.join(dir, 'job.pdf');
    writeFileSync(file, Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
    const { code, err } = await run('analyze', file, '--json');
    expect(code).toBe(1);
    expect(err).toMatch(/binary file/);
  });
});

describe('cli match', () => {
  it('scores a stored job by id and a job file, with evidence', async () => {
    const core = createCore({ dataDir: path.join(dir, 'data') });
    core.profile.save(SAMPLE_PROFILE);
    insertTestJob(core.database.db, { id: 'job-1', title: SAMPLE_JOB.title, text: SAMPLE_JOB.text });
    await core.close();
    const byId = await run('match', '--job', 'job-1', '--json');
    expect(byId.code).toBe(0);
    const stored = JSON.parse(byId.out);
    expect(stored).toMatchObject({ jobId: 'job-1', formulaVersion: 'match-v1' });
    expect(stored.matched.find((m: { skill: string }) => m.skill === 'PostgreSQL').evidence[0].factId).toBe('w1h1');

    const file = path.join(dir, 'posting.txt');
    writeFileSync(file, `${SAMPLE_JOB.title}\n${SAMPLE_JOB.text}`);
    const byFile = await run('match', '--job', file, '--json');
    expect(byFile.code).toBe(0);
    expect(JSON.parse(byFile.out).missing.map((m: { skill: string }) => m.skill)).toContain('Apache Kafka');

    const skills = await run('skills', '--json');
    expect(skills.code).toBe(0);
    const python = JSON.parse(skills.out).skills.find((s: { name: string }) => s.name === 'Python');
    expect(python.evidence.map((e: { factId: string }) => e.factId)).toEqual(['w1h1', 's1']);

    const missing = await run('match', '--job', 'no-such-job');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/No job with id no-such-job/);
  });
});
