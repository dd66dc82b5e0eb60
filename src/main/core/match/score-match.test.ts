import { describe, expect, it } from 'vitest';
import { analyzeJob } from './analyze-job';
import { analyzeProfile } from './analyze-profile';
import { FORMULA_VERSION, scoreMatch } from './score-match';
import { SAMPLE_JOB, SAMPLE_PROFILE } from './testing/sample-match.fixture';

const AS_OF = '2025-01';

describe('scoreMatch', () => {
  const job = analyzeJob(SAMPLE_JOB);
  const profile = analyzeProfile(SAMPLE_PROFILE, AS_OF);
  const result = scoreMatch(job, profile);

  it('produces the golden explanation', () => {
    const summary = {
      version: result.formulaVersion,
      score: result.score,
      sub: Object.fromEntries(result.subScores.map((s) => [s.key, s.score])),
      matched: result.matched.map(
        (m) => `${m.strength}:${m.skill}${m.via ? ` via ${m.via}` : ''}<-${m.evidence.map((e) => e.factId).join(',')}`,
      ),
      missing: result.missing.map((m) => `${m.strength}:${m.skill}`),
    };
    expect(summary).toEqual({
      version: 'match-v1',
      score: 74,
      sub: { required: 80, preferred: 33.3, title: 40, seniority: 100, education: 100, location: 100 },
      matched: [
        'required:English<-l1',
        'required:PostgreSQL<-w1h1',
        'required:Python<-w1h1,s1',
        'required:SQL<-s1',
        'preferred:Go<-s1',
      ],
      missing: ['required:Apache Kafka', 'preferred:Rust', 'preferred:Terraform'],
    });
  });

  it('links every matched keyword to profile facts with their text', () => {
    const facts = new Map(profile.facts.map((f) => [f.factId, f.text]));
    for (const m of result.matched) {
      expect(m.evidence.length).toBeGreaterThan(0);
      for (const e of m.evidence) expect(facts.get(e.factId)).toBe(e.text);
    }
    const postgres = result.matched.find((m) => m.skill === 'PostgreSQL')!;
    expect(postgres.evidence[0]).toMatchObject({ factId: 'w1h1', section: 'work' });
    expect(postgres.evidence[0]!.text).toContain('PostgreSQL');
  });

  it('lists every missing keyword with its strength and a hint', () => {
    const kafka = result.missing.find((m) => m.skill === 'Apache Kafka')!;
    expect(kafka.strength).toBe('required');
    expect(kafka.hint).toMatch(/If you used it/);
    expect(kafka.hint).toContain('Senior Backend Engineer at Acme GmbH');
  });

  it('counts years from dated entries, overlaps once', () => {
    expect(profile.totalYears).toBe(8.7);
    expect(profile.skills.find((s) => s.name === 'Python')!.years).toBe(5.1);
    expect(profile.skills.find((s) => s.name === 'Django')!.years).toBe(3.6);
  });

  it('is deterministic and carries its formula version', () => {
    const again = scoreMatch(analyzeJob(SAMPLE_JOB), analyzeProfile(SAMPLE_PROFILE, AS_OF));
    expect(again).toEqual(result);
    expect(again.formulaVersion).toBe(FORMULA_VERSION);
    expect(again.inputsHash).toMatch(/^[0-9a-f]{64}$/);
    const other = scoreMatch(analyzeJob({ ...SAMPLE_JOB, title: 'Data Engineer' }), profile);
    expect(other.inputsHash).not.toBe(result.inputsHash);
  });

  it('gives an empty profile a low score and lists all keywords as missing', () => {
    const empty = scoreMatch(
      job,
      analyzeProfile(
        {
          ...SAMPLE_PROFILE,
          work: [],
          skills: [],
          languages: [],
          education: [],
          basics: { ...SAMPLE_PROFILE.basics, label: '' },
        },
        AS_OF,
      ),
    );
    expect(empty.matched).toEqual([]);
    expect(empty.score).toBeLessThan(40);
    expect(empty.missing.length).toBe(job.requirements.length + job.spokenLanguages.length);
  });
});
