// A CV as people write it in Word or LibreOffice (issue 14): tab-aligned dates, "Expected Graduation",
// a title line followed by a "Company – City, ST" line (plain, bold or in capitals), "(909) 555-5555"
// phones and an involvement section, which belongs in volunteer.
import { Document, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocx } from './read-docx';

const P = (text: string, o: { bold?: boolean; bullet?: boolean; tab?: string } = {}): Paragraph =>
  new Paragraph({
    children: [new TextRun({ text, bold: o.bold }), ...(o.tab ? [new TextRun({ text: `\t${o.tab}` })] : [])],
    tabStops: o.tab ? [{ type: TabStopType.RIGHT, position: 9000 }] : undefined,
    bullet: o.bullet ? { level: 0 } : undefined,
  });

async function wordCv(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          P('Maria Lopez', { bold: true }),
          P('(909) 555-5555 | maria.lopez@example.com | Pomona, CA'),
          P('EDUCATION', { bold: true }),
          P('California State Polytechnic University, Pomona', { bold: true, tab: 'Expected Graduation: June 2016' }),
          P('Bachelor of Science in Computer Science'),
          P('EXPERIENCE', { bold: true }),
          P('Software Engineering Intern', { bold: true, tab: 'June 2015 – August 2015' }),
          P('Acme Corporation – Irvine, CA', { bold: true }),
          P('Built an internal dashboard for the support team', { bullet: true }),
          P('Reduced build times by a third', { bullet: true }),
          P('Data Analyst', { bold: true, tab: 'January 2014 – May 2015' }),
          P('PINECREST GROUP', { bold: true }),
          P('Automated weekly sales reports', { bullet: true }),
          P('INVOLVEMENT', { bold: true }),
          P('Society of Women Engineers – Treasurer', { bold: true, tab: 'September 2013 – June 2016' }),
          P('Managed a yearly budget of 12,000 dollars', { bullet: true }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('a Word CV', () => {
  it('keeps employers after their titles, reads tab-aligned dates and puts involvement in volunteer', async () => {
    const { profile } = await readDocx(await wordCv());
    expect(profile.basics).toMatchObject({
      name: 'Maria Lopez',
      phone: '(909) 555-5555',
      email: 'maria.lopez@example.com',
    });
    expect(profile.work.map((w) => [w.name, w.position, w.location, w.startDate, w.endDate])).toEqual([
      ['Acme Corporation', 'Software Engineering Intern', 'Irvine, CA', '2015-06', '2015-08'],
      ['PINECREST GROUP', 'Data Analyst', undefined, '2014-01', '2015-05'],
    ]);
    expect(profile.work[0]!.highlights.map((h) => h.text)).toEqual([
      'Built an internal dashboard for the support team',
      'Reduced build times by a third',
    ]);
    expect(profile.education[0]).toMatchObject({
      institution: 'California State Polytechnic University',
      studyType: 'Bachelor of Science',
      area: 'Computer Science',
      endDate: '2016-06',
    });
    expect(profile.education[0]!.startDate).toBeUndefined();
    expect(profile.volunteer).toHaveLength(1);
    expect(profile.volunteer[0]).toMatchObject({
      organization: 'Society of Women Engineers',
      position: 'Treasurer',
      startDate: '2013-09',
      endDate: '2016-06',
    });
  });
});
