import { describe, expect, it } from 'vitest';
import { extractSkills } from './extract-skills';
import { verbPhraseStart } from './skill-phrases';

/** The phrases reported for a text (role mentions marked with a trailing "*"). */
const spans = (text: string) => [
  ...new Set(extractSkills(text).map((m) => text.slice(m.start, m.end) + (m.role ? '*' : ''))),
];

describe('span shaping: joined words', () => {
  it('covers the whole written word for slash and hyphen joins', () => {
    expect(spans('Experience with Unix/Linux environments')).toEqual(['Unix/Linux']);
    expect(spans('Deep hands-on C#/.NET and Java/Spring.')).toEqual(['C#/.NET', 'Java/Spring']);
    expect(spans('We use react-redux on the front end')).toContain('react-redux');
    expect(spans('Experience with cloud-based technologies')).toEqual(['cloud-based technologies']);
  });

  it('keeps two names of one skill apart (Go/Golang)', () => {
    expect(spans('Go/Golang and k8s')).toEqual(['Go', 'Golang', 'k8s']);
  });

  it('keeps possessives and ampersand prefixes with the name', () => {
    expect(spans('the introduction of API’s and gateways')[0]).toBe('API’s');
  });
});

describe('span shaping: heads and coordination', () => {
  it('adds a generic head noun, alone or coordinated', () => {
    expect(spans('Experience with CI/CD pipelines')).toEqual(['CI/CD pipelines']);
    expect(spans('Knowledge of testing tools and frameworks')).toEqual(['testing tools and frameworks']);
    expect(spans('Opinionated on Java best practices')).toEqual(['Java best practices']);
  });

  it('does not take "services" or "environment" as a head', () => {
    expect(spans('Experience with core AWS services')).toEqual(['AWS']);
  });

  it('joins a conjunct that forms a known skill with the head or the modifier', () => {
    expect(spans('Solid unit and integration testing habits')).toEqual(['unit and integration testing']);
    expect(spans('Understands cloud adoption and migration challenges')).toEqual(['cloud adoption and migration']);
    expect(spans('Python and integration testing')).toEqual(['Python', 'integration testing']);
  });

  it('reads a degree with its field as one qualification', () => {
    expect(spans("A bachelor's degree in computer science or related field")).toEqual([
      "bachelor's degree in computer science",
    ]);
  });
});

describe('span shaping: occupations', () => {
  it('flags a skill that names a job (DevOps engineer, Java developer, Cloud Architect)', () => {
    expect(spans('We need experienced DevOps engineers')).toEqual(['DevOps*']);
    expect(spans('The Principal Cloud Architect leads')).toEqual(['Cloud*']);
    expect(spans('a senior Java developer to help us')).toEqual(['Java*']);
  });

  it('does not flag the same skill elsewhere', () => {
    expect(spans('Expertise with DevOps roles and Java')).toEqual(['DevOps', 'Java']);
  });
});

describe('span shaping: skill verb phrases', () => {
  it('widens business and soft-skill mentions to their action verb', () => {
    expect(spans('Analyse business requirements in close collaboration')[0]).toBe('Analyse business requirements');
    expect(spans('Experience managing multi-million dollar budgets')).toEqual([
      'managing multi-million dollar budgets',
    ]);
    expect(spans('You will define a product roadmap')).toEqual(['define a product roadmap']);
  });

  it('stops at prepositions, auxiliaries and prose verbs, and leaves technologies alone', () => {
    expect(spans('This is a business requirements document')).toEqual(['business requirements']);
    expect(spans('work with stakeholders')).toEqual(['stakeholders']);
    expect(spans('Experience building RESTful web services')).toEqual(['RESTful web services']);
  });

  it('finds the verb at most three words back', () => {
    const text = 'Lead the very new exciting product roadmap';
    expect(verbPhraseStart(text, text.indexOf('product'))).toBe(text.indexOf('product'));
    const near = 'Lead the product roadmap';
    expect(verbPhraseStart(near, near.indexOf('product'))).toBe(0);
  });
});

describe('taxonomy coverage added with the span work', () => {
  it('knows JMS, E2E, VPCs, multitenancy, B2B and Travis in a tool list', () => {
    const names = (t: string) => extractSkills(t).map((m) => m.name);
    expect(names('Messaging with JMS and IBM MQ')).toContain('Java Message Service');
    expect(names('TDD, BDD, E2E')).toContain('End-to-End Testing');
    expect(names('Lambda, EC2, VPCs')).toContain('Amazon VPC');
    expect(names('SaaS and multitenancy')).toContain('Multi-Tenant Architecture');
    expect(names('Industry: B2B')).toContain('B2B');
    expect(names('particularly Jenkins Travis and/or CircleCI')).toEqual(['Jenkins', 'Travis CI', 'CircleCI']);
  });

  it('keeps a long list fast and linear', () => {
    const huge = 'Python, '.repeat(20_000);
    const t0 = performance.now();
    expect(extractSkills(huge)).toHaveLength(20_000);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
