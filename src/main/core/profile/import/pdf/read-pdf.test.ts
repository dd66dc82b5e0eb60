import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingFiles, skipUnless } from '../../../testing/skip-unless';
import { AppError } from '../../../../../shared/ipc/result';
import { encryptedPdf, imageOnlyPdf, noPagesPdf } from '../make-test-pdf';
import { makeLayoutPdf } from './make-layout-pdf';
import { makeLine } from '../text/lines';
import { carryColumnOverflow, dropPageMargins, readPdfText } from './read-pdf';

const root = path.resolve(import.meta.dirname, '../../../../../..');
const resumes = path.resolve(root, '../shared/fixtures/resumes');

async function badInput(bytes: Uint8Array): Promise<AppError> {
  const e = await readPdfText(bytes).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe('BAD_INPUT');
  return e as AppError;
}

describe('dropPageMargins', () => {
  it('drops page numbers and running headers, but keeps page 1 header (it may be the name)', () => {
    const at = (text: string, y: number, page: number) => makeLine(text, { y, page });
    const pages = [
      [at('Jane Roe', 770, 1), at('Experience', 700, 1), at('Page 1 of 2', 20, 1)],
      [at('Jane Roe', 770, 2), at('Education', 700, 2), at('Page 2 of 2', 20, 2)],
    ];
    expect(dropPageMargins(pages, [792, 792]).map((l) => l.text)).toEqual(['Jane Roe', 'Experience', 'Education']);
  });
});

describe('readPdfText on PDFs built to order', () => {
  it('reads a two-column CV in reading order', async () => {
    const bytes = makeLayoutPdf([
      { x: 200, y: 760, text: 'Jane Roe', size: 22 },
      { x: 200, y: 740, text: 'jane@example.com | Berlin, Germany' },
      { x: 30, y: 690, text: 'Skills', size: 12 },
      { x: 30, y: 672, text: 'Python, SQL, Docker' },
      { x: 30, y: 640, text: 'Languages', size: 12 },
      { x: 30, y: 622, text: 'English - Native' },
      { x: 220, y: 692, text: 'Experience', size: 12 },
      { x: 220, y: 674, text: 'Acme Corp | Jan 2020 - Present' },
      { x: 220, y: 660, text: 'Senior Engineer' },
      { x: 235, y: 644, text: 'Built the billing platform used by all teams.' },
      { x: 235, y: 630, text: 'Cut infrastructure costs by a third.' },
      { x: 220, y: 600, text: 'Education', size: 12 },
      { x: 220, y: 582, text: 'TU Berlin | 2014 - 2018' },
      { x: 220, y: 568, text: 'Master of Science in Informatics' },
    ]);
    const { profile, format, text } = await readPdfText(bytes);
    expect(format).toBe('pdf');
    expect(text.indexOf('Skills')).toBeLessThan(text.indexOf('Experience'));
    expect(profile.basics).toMatchObject({ name: 'Jane Roe', email: 'jane@example.com', location: { city: 'Berlin' } });
    expect(profile.work[0]).toMatchObject({ name: 'Acme Corp', position: 'Senior Engineer', startDate: '2020-01' });
    expect(profile.work[0]!.highlights.map((h) => h.text)).toEqual([
      'Built the billing platform used by all teams.',
      'Cut infrastructure costs by a third.',
    ]);
    expect(profile.education[0]).toMatchObject({
      institution: 'TU Berlin',
      studyType: 'Master of Science',
      area: 'Informatics',
    });
    expect(profile.skills.map((s) => s.name)).toEqual(['Python', 'SQL', 'Docker']);
    expect(profile.languages[0]).toMatchObject({ language: 'English', fluency: 'Native' });
  });

  it('refuses files that are not PDFs, damaged PDFs and PDFs without text', async () => {
    expect((await badInput(new TextEncoder().encode('MZ\u0090\u0000 this is an exe'))).message).toMatch(/not a PDF/);
    const good = makeLayoutPdf([{ x: 50, y: 700, text: 'Jane Roe' }]);
    expect((await badInput(good.slice(0, 40))).message).toMatch(/damaged|no text/);
    expect((await badInput(makeLayoutPdf([]))).message).toMatch(/no text layer/);
  });

  it('refuses encrypted, scanned (image-only) and page-less PDFs with a message that says what to do', async () => {
    expect((await badInput(encryptedPdf())).message).toMatch(/password/);
    expect((await badInput(imageOnlyPdf())).message).toMatch(/scanned|OCR/);
    expect((await badInput(noPagesPdf())).message).toMatch(/no pages|no text/);
  });
});

describe('readPdfText on real CVs (../shared fixtures)', skipUnless(missingFiles(resumes)), () => {
  const read = (name: string) => readPdfText(new Uint8Array(readFileSync(path.join(resumes, name))));

  it('reads a sidebar layout (Reactive Resume "azurill")', async () => {
    const { profile } = await read('reactive-resume_azurill.pdf');
    expect(profile.basics).toMatchObject({
      name: 'John Doe',
      email: 'john.doe@gmail.com',
      label: 'Creative and Innovative Web Developer',
    });
    expect(profile.work.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ['Creative Solutions Inc.', 'Senior Web Developer', '2019-01', undefined],
      ['TechAdvancers', 'Web Developer', '2016-06', '2018-12'],
    ]);
    expect(profile.skills.find((s) => s.name === 'Tools')?.keywords).toEqual([
      'Webpack',
      'Git',
      'Jenkins',
      'Docker',
      'JIRA',
    ]);
    expect(profile.certificates.map((c) => c.name)).toContain('AWS Certified Developer'); // the fi ligature restored
  });

  it('reads a label-column layout with grids (Reactive Resume "bronzor")', async () => {
    const { profile } = await read('reactive-resume_bronzor.pdf');
    expect(profile.projects.map((p) => p.name)).toEqual(['E-Commerce Platform', 'Interactive Dashboard']);
    expect(profile.skills.map((s) => s.name)).toEqual(['Web Technologies', 'Web Frameworks', 'Tools']);
    expect(profile.education[0]).toMatchObject({
      institution: 'University of California',
      startDate: '2012-08',
      endDate: '2016-05',
    });
  });

  it('keeps right-hand dates with their entries (rendercv "classic")', async () => {
    const { profile } = await read('rendercv_classic.pdf');
    expect(profile.work).toHaveLength(5);
    expect(profile.work[1]).toMatchObject({
      name: 'NVIDIA Research',
      position: 'Research Intern',
      location: 'Santa Clara, CA',
      startDate: '2022-05',
      endDate: '2022-08',
    });
    expect(profile.skills.some((s) => s.name.includes('–'))).toBe(false); // no page footer taken as a skill
  });

  it('rejoins letter-spaced words (soupboss DevOps sample)', async () => {
    const { profile, text } = await read('soupboss_devops-sample2.pdf');
    expect(text).toContain('DevOps Site Reliability Engineer');
    expect(text).toContain('CI/CD');
    expect(profile.work.map((w) => w.name)).toEqual(['Red Hat', 'New Relic', 'IBM', 'Oracle']);
  });
});

describe('carryColumnOverflow', () => {
  const at = (text: string, x: number, y: number, block: number, page = 1) =>
    makeLine(text, { x, y, block, page, size: 10 });
  it('moves the rest of a left column from the next page up to follow that column, not the right one', () => {
    const pages = [
      [
        at('Experience', 30, 700, 1),
        at('Acme Corp', 30, 680, 1),
        at('Built the billing platform', 36, 660, 1),
        at('Education', 360, 700, 2),
        at('TU Berlin', 360, 680, 2),
        at('Skills', 360, 640, 2),
        at('Python, SQL', 360, 620, 2),
      ],
      [
        at('Cut costs by a third', 36, 800, 3, 2),
        at('Beta GmbH', 30, 780, 3, 2),
        at('Projects', 30, 740, 3, 2),
        at('Tiny Compiler', 30, 720, 3, 2),
      ],
    ];
    const out = carryColumnOverflow(pages).map((p) => p.map((l) => l.text));
    expect(out[0]).toEqual([
      'Experience',
      'Acme Corp',
      'Built the billing platform',
      'Cut costs by a third',
      'Beta GmbH',
      'Education',
      'TU Berlin',
      'Skills',
      'Python, SQL',
    ]);
    expect(out[1]).toEqual(['Projects', 'Tiny Compiler']);
  });

  it('leaves pages alone when the last column read continues, or the blocks are stacked bands', () => {
    const sidebarLeft = [
      [at('Skills', 30, 700, 1), at('Python', 30, 680, 1), at('Experience', 200, 700, 2), at('Acme Corp', 200, 680, 2)],
      [at('Cut costs by a third', 200, 800, 3, 2)],
    ];
    expect(carryColumnOverflow(sidebarLeft)).toEqual(sidebarLeft);
    const bands = [[at('Work', 30, 700, 1), at('Acme Corp', 150, 600, 2)], [at('Shipped the app', 150, 800, 3, 2)]];
    expect(carryColumnOverflow(bands)[1]!.map((l) => l.text)).toEqual(['Shipped the app']);
  });
});
