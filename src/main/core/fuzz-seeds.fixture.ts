import { strToU8, zipSync } from 'fflate';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HUNTR_EXPORT, PLAIN_EXPORT, TEAL_EXPORT } from './applications/testing/tracker-exports.fixture';
import { SAMPLE_PAGES } from './jobs/testing/sample-pages.fixture';
import { textPdf } from './profile/import/make-test-pdf';
import { generateCv } from './profile/import/testing/cv-generate';
import { renderDocx, renderText } from './profile/import/testing/cv-render-text';

/**
 * Seed inputs for the importer fuzz test: one of every format each importer reads, generated here so
 * a fresh clone tests real parsing, plus the real fixtures from ../shared when they are present.
 */
export type Importer = 'cv' | 'job-file' | 'applications-csv';
export interface Seed {
  importer: Importer;
  name: string;
  bytes: Uint8Array;
}

const SHARED = path.resolve(import.meta.dirname, '../../../../shared/fixtures');

const JSON_RESUME = {
  basics: {
    name: 'Ada Example',
    label: 'Data Engineer',
    email: 'ada@example.com',
    summary: 'Builds pipelines.',
    location: { city: 'Leeds', countryCode: 'GB' },
  },
  work: [
    { name: 'Acme', position: 'Engineer', startDate: '2019-01', endDate: '2023-06', highlights: ['Cut costs by 30%'] },
  ],
  education: [
    { institution: 'Leeds University', area: 'Mathematics', studyType: 'BSc', startDate: '2014', endDate: '2017' },
  ],
  skills: [{ name: 'Data', keywords: ['Python', 'SQL', 'Spark'] }],
};

function linkedinExport(): Uint8Array {
  return zipSync({
    'Profile.csv': strToU8(
      'First Name,Last Name,Headline,Summary\r\nGrace,Hopper,Computer scientist,"Pioneer of compilers"\r\n',
    ),
    'Positions.csv': strToU8(
      'Company Name,Title,Description,Location,Started On,Finished On\r\nUS Navy,Director,"Led COBOL","Arlington, Virginia",Jan 1967,Aug 1986\r\n',
    ),
    'Skills.csv': strToU8('Name\r\nCOBOL\r\nCompilers\r\n'),
  });
}

const JOB_TEXT =
  'Senior Data Engineer\nAcme Analytics\nLeeds, United Kingdom (Hybrid)\n\nYou will build pipelines in Python, Spark and Kafka. Salary GBP 70,000 a year.';

export async function fuzzSeeds(): Promise<Seed[]> {
  const cv = generateCv(7, 'single', 'txt');
  const seeds: Seed[] = [
    {
      importer: 'cv',
      name: 'cv.pdf',
      bytes: textPdf(renderText(cv.view, false, 0).split('\n').slice(0, 40).join('\n')),
    },
    { importer: 'cv', name: 'cv.docx', bytes: await renderDocx(generateCv(11, 'single', 'docx').view, 0) },
    { importer: 'cv', name: 'cv.txt', bytes: strToU8(renderText(cv.view, false, 0)) },
    { importer: 'cv', name: 'cv.md', bytes: strToU8(renderText(generateCv(13, 'single', 'md').view, true, 1)) },
    { importer: 'cv', name: 'resume.json', bytes: strToU8(JSON.stringify(JSON_RESUME)) },
    { importer: 'cv', name: 'Basic_LinkedInDataExport.zip', bytes: linkedinExport() },
    { importer: 'job-file', name: 'job.pdf', bytes: textPdf(JOB_TEXT) },
    { importer: 'job-file', name: 'job.txt', bytes: strToU8(JOB_TEXT) },
    { importer: 'job-file', name: 'job.docx', bytes: await renderDocx(generateCv(17, 'single', 'docx').view, 1) },
    ...SAMPLE_PAGES.map((p, i) => ({ importer: 'job-file' as const, name: `page-${i}.html`, bytes: strToU8(p.html) })),
    ...[HUNTR_EXPORT, TEAL_EXPORT, PLAIN_EXPORT].map((csv, i) => ({
      importer: 'applications-csv' as const,
      name: `tracker-${i}.csv`,
      bytes: strToU8(csv),
    })),
  ];
  // The smallest real fixture of each extension per folder: real-world structure without slowing the run.
  for (const [folder, importer] of [
    ['resumes', 'cv'],
    ['jobs', 'job-file'],
  ] as const) {
    const dir = path.join(SHARED, folder);
    if (!existsSync(dir)) continue;
    const smallest = new Map<string, Seed>();
    for (const name of readdirSync(dir)) {
      const ext = /\.(pdf|docx|txt|json|html)$/.exec(name)?.[1];
      if (!ext || name.includes('groundtruth')) continue;
      const bytes = new Uint8Array(readFileSync(path.join(dir, name)));
      if (bytes.byteLength < (smallest.get(ext)?.bytes.byteLength ?? Infinity))
        smallest.set(ext, { importer, name, bytes });
    }
    seeds.push(...smallest.values());
  }
  return seeds;
}
