import { describe, expect, it } from 'vitest';
import { sampleProfile } from '../testing/sample-profile.fixture';
import { createTruthChecker } from './check-document';

const checker = createTruthChecker(
  sampleProfile(),
  { company: 'Initech', role: 'Senior Python Engineer' },
  new Date('2025-01-01'),
);
const check = (text: string, factIds: string[]) => checker.checkBlock({ blockId: 'b', text, factIds });
const kinds = (text: string, factIds: string[]) => check(text, factIds).map((f) => `${f.kind}:${f.text}`);

describe('truth check: faithful rewrites pass', () => {
  it.each([
    ['Migrated batch jobs to Lambda on Amazon Web Services, cutting infrastructure spend by 30 percent.', ['w1h1']],
    [
      'As Senior Backend Engineer at Acme Payments (March 2020 – June 2024), led a team of five engineers on a Python settlement service.',
      ['w1', 'w1h2'],
    ],
    ['Tuned PostgreSQL queries, bringing p99 latency down from 800ms to 120ms.', ['w1h3']],
    ['Moved $2,500,000 of daily transactions through an event pipeline on Apache Kafka.', ['w1h4']],
    ['Rebuilt the cart API in Golang at Globex Retail, lifting checkout conversion 40%.', ['w2h1']],
    ['Holds a BSc in Computer Science from the University of Leeds (2016).', ['e1']],
    ['AWS Certified Solutions Architect – Associate since 05/2022.', ['c1']],
    ['Over 8 years of backend experience with Python and Go.', ['w1', 'w2', 's1', 's2']],
  ])('%s', (text, ids) => {
    expect(check(text, ids)).toEqual([]);
  });
});

describe('truth check: fabrications are flagged against the sentence citations', () => {
  it('flags an inflated percentage, naming what the fact says', () => {
    const flags = check('Cut infrastructure costs by 40% by migrating batch jobs to AWS Lambda.', ['w1h1']);
    expect(flags.map((f) => f.kind)).toEqual(['percent']);
    expect(flags[0]!.reason).toContain('30%');
    expect(flags[0]!.text).toBe('40%');
  });
  it('flags a number borrowed from another job (40% is real, but at Globex)', () => {
    expect(kinds('Cut infrastructure costs by 40% by migrating batch jobs to AWS Lambda.', ['w1h1'])).toEqual([
      'percent:40%',
    ]);
    expect(kinds('Increased checkout conversion by 40% by rebuilding the cart API in Go.', ['w2h1'])).toEqual([]);
  });
  it('flags the wrong employer, even one from the profile', () => {
    expect(kinds('At Globex Retail, cut infrastructure costs by 30% with AWS Lambda.', ['w1h1'])).toEqual([
      'employer:Globex Retail',
    ]);
    expect(kinds('Joined Microsoft to cut costs by 30%.', ['w1h1'])).toEqual(['employer:Microsoft']);
  });
  it('flags shifted dates', () => {
    expect(kinds('Senior Backend Engineer at Acme Payments since March 2019.', ['w1'])).toEqual(['date:March 2019']);
  });
  it('flags a skill the cited facts do not show', () => {
    expect(kinds('Cut infrastructure costs by 30% by rewriting batch jobs in Rust.', ['w1h1'])).toEqual(['skill:Rust']);
  });
  it('flags an invented degree, school and certification', () => {
    expect(kinds('Holds a PhD from MIT.', ['e1'])).toEqual(['degree:PhD', 'school:MIT']);
    expect(kinds('Certified Kubernetes Administrator (CKA).', ['s5'])).toEqual(
      expect.arrayContaining([expect.stringMatching(/^certification:/)]),
    );
  });
  it('flags an invented team size and an inflated title', () => {
    expect(kinds('Led a team of 12 engineers building the Python settlement service.', ['w1h2'])).toEqual([
      'team-size:Led a team of 12 engineers',
    ]);
    expect(kinds('Principal Engineer at Acme Payments.', ['w1'])).toEqual(['title:Principal Engineer']);
  });
  it('flags claims in a sentence that cites nothing', () => {
    const flags = check('Cut costs by 30%.', []);
    expect(flags[0]!.reason).toMatch(/cites no facts/);
  });
  it('uses per-sentence citations when given', () => {
    const text = 'Cut costs by 30% with AWS Lambda. Lifted conversion 40% in Go.';
    expect(
      checker
        .checkBlock({ blockId: 's', text, factIds: ['w1h1', 'w2h1'], sentenceFactIds: [['w1h1'], ['w1h1']] })
        .map((f) => f.text),
    ).toEqual(['40%', 'Go']);
    expect(
      checker.checkBlock({ blockId: 's', text, factIds: ['w1h1', 'w2h1'], sentenceFactIds: [['w1h1'], ['w2h1']] }),
    ).toEqual([]);
  });
});
