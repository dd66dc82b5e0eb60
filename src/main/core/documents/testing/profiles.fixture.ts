import { Profile } from '../../../../shared/domain/profile';
import type { DocumentContent, Letter } from '../../../../shared/domain/document';
import { readJsonResume } from '../../profile/import/json-resume';
import { generateCv } from '../../profile/import/testing/cv-generate';

/** A realistic two-page-ish CV (English), the fixture most document tests start from. */
export function janeDoe(): Profile {
  return Profile.parse({
    basics: {
      name: 'Jane Doe',
      label: 'Senior Software Engineer',
      email: 'jane.doe@example.com',
      phone: '+44 20 7946 0958',
      url: 'https://janedoe.dev',
      summary:
        'Backend engineer with ten years of experience building payment and logistics systems in TypeScript and Go. I lead small teams, care about reliability and like making slow things fast.',
      location: { city: 'London', countryCode: 'GB' },
      profiles: [{ id: 'p1', network: 'GitHub', username: 'janedoe', url: 'https://github.com/janedoe' }],
    },
    work: [
      {
        id: 'w1',
        name: 'Acme Payments',
        position: 'Senior Software Engineer',
        location: 'London',
        startDate: '2021-03',
        highlights: [
          {
            id: 'h1',
            text: 'Led a team of five engineers rebuilding the card settlement pipeline in Go, cutting nightly run time from 4 hours to 25 minutes.',
          },
          {
            id: 'h2',
            text: 'Designed an idempotent ledger API used by 40 internal services; zero double-posting incidents since launch.',
          },
          {
            id: 'h3',
            text: 'Introduced contract tests and canary releases, reducing production incidents by 60% year over year.',
          },
        ],
      },
      {
        id: 'w2',
        name: 'Parcelly',
        position: 'Software Engineer',
        location: 'Manchester',
        startDate: '2017-06',
        endDate: '2021-02',
        highlights: [
          {
            id: 'h4',
            text: 'Built the route-planning service in TypeScript and PostgreSQL that schedules 30,000 deliveries a day.',
          },
          { id: 'h5', text: 'Migrated the monolith to containers on Kubernetes with no downtime.' },
          { id: 'h6', text: 'Mentored four junior developers; two were promoted within a year.' },
        ],
      },
      {
        id: 'w3',
        name: 'Northwind Digital',
        position: 'Junior Developer',
        location: 'Leeds',
        startDate: '2014-09',
        endDate: '2017-05',
        highlights: [
          { id: 'h7', text: 'Shipped e-commerce sites for twelve clients with React and Node.js.' },
          { id: 'h8', text: 'Automated deployments with GitHub Actions, saving the team a day each release.' },
        ],
      },
    ],
    education: [
      {
        id: 'e1',
        institution: 'University of Leeds',
        studyType: 'Bachelor of Science',
        area: 'Computer Science',
        startDate: '2011',
        endDate: '2014',
        score: '3.8',
      },
    ],
    projects: [
      {
        id: 'pr1',
        name: 'ledger-lite',
        description: 'An open-source double-entry ledger library for Node.js with 1,200 GitHub stars.',
        startDate: '2019',
        highlights: [{ id: 'h9', text: 'Property-based tests catch rounding errors across 30 currencies.' }],
      },
    ],
    skills: [
      { id: 's1', name: 'Languages', keywords: ['TypeScript', 'Go', 'SQL', 'Python'] },
      { id: 's2', name: 'Platforms', keywords: ['PostgreSQL', 'Kubernetes', 'AWS', 'Kafka'] },
    ],
    languages: [
      { id: 'l1', language: 'English', fluency: 'Native' },
      { id: 'l2', language: 'German', fluency: 'Professional' },
    ],
    certificates: [
      { id: 'c1', name: 'AWS Certified Solutions Architect', issuer: 'Amazon Web Services', date: '2022-05' },
    ],
  });
}

export function cvContent(profile: Profile = janeDoe()): DocumentContent {
  return { kind: 'cv', cv: profile, citations: {} };
}

export function letterContent(): DocumentContent {
  const b = janeDoe().basics;
  const letter: Letter = {
    sender: { name: b.name, label: b.label, email: b.email, phone: b.phone, url: b.url, location: b.location },
    recipient: { company: 'Globex', role: 'Staff Engineer', location: 'Berlin' },
    date: '2026-12-06',
    greeting: 'Dear Globex hiring team,',
    paragraphs: [
      {
        id: 'lp1',
        text: 'I am writing to apply for the Staff Engineer role. For ten years I have built payment and logistics systems that people rely on every day.',
        factIds: [],
      },
      {
        id: 'lp2',
        text: 'At Acme Payments I led five engineers rebuilding the settlement pipeline, cutting its nightly run from four hours to 25 minutes.',
        factIds: ['h1'],
      },
      { id: 'lp3', text: 'I would welcome the chance to bring the same care for reliability to Globex.', factIds: [] },
    ],
    closing: 'Kind regards,',
  };
  return { kind: 'letter', letter };
}

/** A generated CV (cv-generate's seeded profiles) as a stored profile, with its JSON Resume ground truth. */
export function generatedProfile(seed: number): { profile: Profile; gt: Record<string, unknown> } {
  const { gt } = generateCv(seed);
  return { profile: readJsonResume(gt, JSON.stringify(gt)).profile, gt };
}
