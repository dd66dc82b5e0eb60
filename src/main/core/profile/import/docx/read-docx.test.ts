import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { missingFiles, skipUnless } from '../../../testing/skip-unless';
import { AppError } from '../../../../../shared/ipc/result';
import { toJsonResume } from '../../json-resume-export';
import { readPdfText } from '../pdf/read-pdf';
import { readDocx } from './read-docx';

const root = path.resolve(import.meta.dirname, '../../../../../..');
const resumes = path.resolve(root, '../shared/fixtures/resumes');

async function makeDocx(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

const cell = (text: string): TableCell => new TableCell({ children: [new Paragraph(text)] });

describe('readDocx', () => {
  it('keeps headings, lists and table rows as structure', async () => {
    const bytes = await makeDocx([
      new Paragraph({ text: 'Lena Fischer', heading: HeadingLevel.TITLE }),
      new Paragraph('lena.fischer@example.de | +49 30 1234567 | 10115 Berlin'),
      new Paragraph({ text: 'Berufserfahrung', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ children: [new TextRun({ text: 'Projektleiterin', bold: true }), new TextRun('\tBeispiel AG')] }),
      new Paragraph('01/2020 - heute'),
      new Paragraph({ text: 'Einführung eines neuen ERP-Systems', bullet: { level: 0 } }),
      new Paragraph({ text: 'Leitung eines Teams von acht Personen', bullet: { level: 0 } }),
      new Paragraph({ text: 'Ausbildung', heading: HeadingLevel.HEADING_1 }),
      new Table({
        rows: [
          new TableRow({
            children: [cell('Universität Hamburg'), cell('Bachelor of Arts in BWL'), cell('2014 - 2017')],
          }),
        ],
      }),
      new Paragraph({ text: 'Kenntnisse', heading: HeadingLevel.HEADING_1 }),
      new Paragraph('Software: SAP, Excel, Jira'),
    ]);
    const { profile, format, text } = await readDocx(bytes);
    expect(format).toBe('docx');
    expect(text).toContain('Universität Hamburg | Bachelor of Arts in BWL | 2014 - 2017');
    expect(profile.basics).toMatchObject({
      name: 'Lena Fischer',
      email: 'lena.fischer@example.de',
      location: { city: 'Berlin' },
    });
    expect(profile.work[0]).toMatchObject({ name: 'Beispiel AG', position: 'Projektleiterin', startDate: '2020-01' });
    expect(profile.work[0]!.highlights.map((h) => h.text)).toEqual([
      'Einführung eines neuen ERP-Systems',
      'Leitung eines Teams von acht Personen',
    ]);
    expect(profile.education[0]).toMatchObject({
      institution: 'Universität Hamburg',
      studyType: 'Bachelor of Arts',
      area: 'BWL',
      startDate: '2014',
      endDate: '2017',
    });
    expect(profile.skills[0]).toMatchObject({ name: 'Software', keywords: ['SAP', 'Excel', 'Jira'] });
  });

  it('reads a layout table: dates in the left cell, the entry in the right one', async () => {
    const P = (t: string, o: object = {}): Paragraph => new Paragraph({ text: t, ...o });
    const row = (l: Paragraph[], r: Paragraph[]): TableRow =>
      new TableRow({ children: [new TableCell({ children: l }), new TableCell({ children: r })] });
    const bytes = await makeDocx([
      P('Tom Becker', { heading: HeadingLevel.TITLE }),
      P('tom.becker@example.com • +49 170 1234567 • Munich, Germany'),
      P('Work Experience', { heading: HeadingLevel.HEADING_1 }),
      new Table({
        rows: [
          row(
            [P('03/2020 – present')],
            [
              P('Senior Java Developer'),
              P('Allianz Technology, Munich'),
              P('Migrated the claims platform to Spring Boot', { bullet: { level: 0 } }),
            ],
          ),
          row(
            [P('09/2016 – 02/2020')],
            [P('Java Developer'), P('Check24, Munich'), P('Built the pricing engine', { bullet: { level: 0 } })],
          ),
        ],
      }),
    ]);
    const { profile } = await readDocx(bytes);
    expect(profile.work.map((w) => [w.name, w.position, w.location, w.startDate, w.endDate])).toEqual([
      ['Allianz Technology', 'Senior Java Developer', 'Munich', '2020-03', undefined],
      ['Check24', 'Java Developer', 'Munich', '2016-09', '2020-02'],
    ]);
  });

  it('refuses a file that is not a Word document, or one with no text', async () => {
    const notDocx = await readDocx(new TextEncoder().encode('PK\u0003\u0004 not really a zip')).catch(
      (e: unknown) => e,
    );
    expect(notDocx).toBeInstanceOf(AppError);
    expect((notDocx as AppError).code).toBe('BAD_INPUT');
    const empty = await readDocx(await makeDocx([new Paragraph('')])).catch((e: unknown) => e);
    expect((empty as AppError).message).toMatch(/no text/);
  });
});

describe('readDocx on real CVs (../shared fixtures)', skipUnless(missingFiles(resumes)), () => {
  it('gives the same profile as the PDF made from the same document (soupboss_01-accountant)', async () => {
    const docx = await readDocx(new Uint8Array(readFileSync(path.join(resumes, 'soupboss_01-accountant.docx'))));
    const pdf = await readPdfText(new Uint8Array(readFileSync(path.join(resumes, 'soupboss_01-accountant.pdf'))));
    expect(toJsonResume(docx.profile)).toEqual(toJsonResume(pdf.profile));
    expect(docx.profile.work.map((w) => [w.name, w.position])).toEqual([
      ['Gilmore Financial', 'Certified Public Accountant'],
      ['Harrison Money Management', 'Accountant'],
      ['Harrison Money Management', 'Junior Accountant'],
    ]);
  });

  it('reads a simple DOCX with pipe-separated entries (hr-helper sample)', async () => {
    const { profile } = await readDocx(
      new Uint8Array(readFileSync(path.join(resumes, 'hr-helper_sample_resume.docx'))),
    );
    expect(profile.basics).toMatchObject({
      name: 'JANE SMITH',
      label: 'Data Scientist',
      email: 'jane.smith@example.com',
    });
    expect(profile.work[0]).toMatchObject({ name: 'DataCo', position: 'Senior Data Scientist', startDate: '2022' });
    expect(profile.education.map((e) => e.institution)).toEqual(['Columbia University', 'NYU']);
  });
});
