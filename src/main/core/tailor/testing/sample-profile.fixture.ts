import { Profile } from '../../../../shared/domain/profile';

/** A two-job engineer's profile whose facts the tailoring tests cite and fabricate against. */
export function sampleProfile(): Profile {
  return Profile.parse({
    basics: {
      name: 'Dana Whitfield',
      label: 'Senior Backend Engineer',
      email: 'dana@example.org',
      phone: '+44 20 7946 0000',
      summary: 'Backend engineer with 8 years of experience building payment systems in Python and Go.',
      location: { city: 'London', countryCode: 'GB' },
    },
    work: [
      {
        id: 'w1',
        name: 'Acme Payments',
        position: 'Senior Backend Engineer',
        startDate: '2020-03',
        endDate: '2024-06',
        highlights: [
          { id: 'w1h1', text: 'Cut infrastructure costs by 30% by migrating batch jobs to AWS Lambda.' },
          { id: 'w1h2', text: 'Led a team of 5 engineers building the Python settlement service.' },
          { id: 'w1h3', text: 'Reduced p99 latency from 800 ms to 120 ms with PostgreSQL query tuning.' },
          { id: 'w1h4', text: 'Processed $2.5M in daily transactions through a Kafka event pipeline.' },
        ],
      },
      {
        id: 'w2',
        name: 'Globex Retail',
        position: 'Software Engineer',
        startDate: '2016-09',
        endDate: '2020-02',
        highlights: [
          { id: 'w2h1', text: 'Increased checkout conversion by 40% by rebuilding the cart API in Go.' },
          { id: 'w2h2', text: 'Automated deployments with Docker and Jenkins, shipping 12 releases a month.' },
          { id: 'w2h3', text: 'Mentored 3 junior developers through code review.' },
        ],
      },
    ],
    education: [
      {
        id: 'e1',
        institution: 'University of Leeds',
        studyType: 'BSc',
        area: 'Computer Science',
        startDate: '2012',
        endDate: '2016',
      },
    ],
    certificates: [
      {
        id: 'c1',
        name: 'AWS Certified Solutions Architect – Associate',
        issuer: 'Amazon Web Services',
        date: '2022-05',
      },
    ],
    skills: [
      { id: 's1', name: 'Python', keywords: ['Django', 'FastAPI'] },
      { id: 's2', name: 'Go' },
      { id: 's3', name: 'PostgreSQL' },
      { id: 's4', name: 'Kafka' },
      { id: 's5', name: 'Docker', keywords: ['Kubernetes'] },
      { id: 's6', name: 'AWS', keywords: ['Lambda', 'S3'] },
    ],
    languages: [{ id: 'l1', language: 'English', fluency: 'Native' }],
  });
}

/** A posting for the sample profile: mostly a fit, with one required skill it lacks (Rust). */
export const SAMPLE_JOB = {
  title: 'Senior Python Engineer',
  company: 'Initech',
  text: [
    'Initech is hiring a Senior Python Engineer to build our payments platform.',
    'Requirements:',
    '- 5+ years of experience with Python and PostgreSQL',
    '- Experience with Kafka and event-driven systems',
    '- Docker and Kubernetes in production',
    '- Rust is required for our ledger service',
    'Nice to have: AWS, Go, mentoring engineers.',
  ].join('\n'),
};
