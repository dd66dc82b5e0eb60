import type { CvWrite, LetterWrite } from '../write-model';

/**
 * What a model wrote for the sample profile and job (recorded shape): a truthful CV and letter,
 * and one fabrication of each kind, each a single changed bullet or sentence.
 */
export const TRUTHFUL_CV: CvWrite = {
  summary: [
    {
      text: 'Senior Backend Engineer with 8 years of experience building payment systems in Python and Go.',
      factIds: ['basics.summary', 'basics.label'],
    },
    { text: 'Led a team of 5 engineers on a Python settlement service at Acme Payments.', factIds: ['w1', 'w1h2'] },
  ],
  bullets: [
    {
      sourceId: 'w1h2',
      text: 'Led a team of five engineers building the Python settlement service.',
      factIds: ['w1h2'],
    },
    {
      sourceId: 'w1h4',
      text: 'Processed $2,500,000 in daily transactions through an Apache Kafka pipeline.',
      factIds: ['w1h4'],
    },
    {
      sourceId: 'w1h3',
      text: 'Tuned PostgreSQL queries, cutting p99 latency from 800 ms to 120 ms.',
      factIds: ['w1h3'],
    },
    {
      sourceId: 'w1h1',
      text: 'Migrated batch jobs to AWS Lambda, reducing infrastructure costs by 30 percent.',
      factIds: ['w1h1'],
    },
    {
      sourceId: 'w2h2',
      text: 'Automated deployments with Docker and Jenkins, shipping 12 releases a month.',
      factIds: ['w2h2'],
    },
    { sourceId: 'w2h1', text: 'Rebuilt the cart API in Go, increasing checkout conversion by 40%.', factIds: ['w2h1'] },
  ],
};

export const TRUTHFUL_LETTER: LetterWrite = {
  paragraphs: [
    {
      text: 'I am applying for the Senior Python Engineer role at Initech. At Acme Payments I led a team of 5 engineers building a Python settlement service.',
      factIds: ['w1', 'w1h2'],
    },
    {
      text: 'I processed $2.5M in daily transactions through a Kafka event pipeline, and tuned PostgreSQL to bring p99 latency from 800 ms to 120 ms.',
      factIds: ['w1h4', 'w1h3'],
    },
  ],
};

/** [kind the check must report, bullet id, fabricated text, its citations]. */
export const FABRICATIONS: [string, string, string, string[]][] = [
  [
    'employer',
    'w1h1',
    'At Globex Retail, migrated batch jobs to AWS Lambda, reducing infrastructure costs by 30%.',
    ['w1h1'],
  ],
  [
    'date',
    'w1h2',
    'Since January 2018, led a team of 5 engineers building the Python settlement service.',
    ['w1', 'w1h2'],
  ],
  ['percent', 'w1h1', 'Migrated batch jobs to AWS Lambda, reducing infrastructure costs by 45%.', ['w1h1']],
  ['percent', 'w1h3', 'Tuned PostgreSQL queries, cutting p99 latency by 40%.', ['w1h3']],
  [
    'skill',
    'w1h1',
    'Migrated batch jobs to AWS Lambda and Rust services, reducing infrastructure costs by 30%.',
    ['w1h1'],
  ],
  [
    'degree',
    'w1h2',
    'Led a team of 5 engineers building the Python settlement service, drawing on a PhD in distributed systems.',
    ['w1h2'],
  ],
  [
    'certification',
    'w1h3',
    'As a Certified Kubernetes Administrator, tuned PostgreSQL queries from 800 ms to 120 ms.',
    ['w1h3'],
  ],
  [
    'team-size',
    'w1h4',
    'Processed $2.5M in daily transactions through a Kafka event pipeline, managing a team of 9 engineers.',
    ['w1h4'],
  ],
];
