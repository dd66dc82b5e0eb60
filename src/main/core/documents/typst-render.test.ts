import { describe, expect, it } from 'vitest';
import { Profile } from '../../../shared/domain/profile';
import { createDocumentRenderer } from './document-renderer';
import { readPdf } from './testing/pdf-text';
import { cvContent, janeDoe, letterContent } from './testing/profiles.fixture';
import { createTypstEngine } from './typst-engine';

const renderer = createDocumentRenderer(createTypstEngine());
const TEMPLATES = ['ats', 'modern', 'classic'] as const;
const pdf = (p: Profile, template: (typeof TEMPLATES)[number] = 'ats') =>
  renderer.render({ kind: 'cv', cv: p, citations: {} }, { template, paper: 'a4', maxPages: 2, format: 'pdf' });
const squash = (s: string) => s.replace(/\s+/g, '');

describe('Typst rendering', () => {
  it('prints Typst syntax in CV text as text: the profile is data, never source', async () => {
    const p = janeDoe();
    p.basics.summary = '#import "@preview/evil:1.0.0": * ] [ #set page(width: 1pt) $x^2$ @ref <label> // not a comment';
    p.work[0]!.highlights[0]!.text = ']#{panic("boom")}[';
    for (const t of TEMPLATES) {
      const { text } = await readPdf((await pdf(p, t)).bytes);
      expect(squash(text)).toContain(squash(p.basics.summary));
      expect(squash(text)).toContain(squash(']#{panic("boom")}['));
    }
  });

  it('finds every Chinese, Russian and German character of the CV in the PDF text, in every template', async () => {
    const p = janeDoe();
    p.basics.name = '李维天';
    p.basics.summary = 'Программист из Москвы. Größere Projekte für Kunden in Düsseldorf. 负责支付系统的设计与开发。';
    p.work[0]!.highlights[0]!.text = 'Разработала платёжный шлюз; 团队规模五人; Überstunden abgebaut.';
    for (const t of TEMPLATES) {
      const { text } = await readPdf((await pdf(p, t)).bytes);
      const found = squash(text);
      for (const s of [p.basics.name, p.basics.summary, p.work[0]!.highlights[0]!.text]) {
        for (const ch of squash(s)) expect(found, `${t}: "${ch}"`).toContain(ch);
      }
    }
  });

  it('writes title, author and keywords into the PDF and keeps the reading order', async () => {
    const file = await pdf(janeDoe());
    const { info, text } = await readPdf(file.bytes);
    expect(info.Title).toBe('Jane Doe: Senior Software Engineer');
    expect(info.Author).toBe('Jane Doe');
    expect(String(info.Keywords)).toContain('TypeScript');
    const order = [
      'Jane Doe',
      'SUMMARY',
      'EXPERIENCE',
      'Acme Payments',
      'Parcelly',
      'Northwind',
      'EDUCATION',
      'SKILLS',
    ].map((s) => text.indexOf(s));
    expect(order.every((x) => x >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('renders Letter and A4 at their sizes, and a cover letter for each template on one page', async () => {
    const a4 = await renderer.preview(cvContent(), { template: 'ats', paper: 'a4', maxPages: 2 });
    const letter = await renderer.preview(cvContent(), { template: 'ats', paper: 'letter', maxPages: 2 });
    expect(a4.svg).toContain('viewBox="0 0 596');
    expect(letter.svg).toContain('viewBox="0 0 612');
    for (const t of TEMPLATES) {
      const f = await renderer.render(letterContent(), { template: t, paper: 'letter', maxPages: 2, format: 'pdf' });
      expect(f.pages).toBe(1);
      expect(f.fileName).toBe('Jane-Doe-Cover-Letter-Globex-Staff-Engineer.pdf');
      expect(squash((await readPdf(f.bytes)).text)).toContain(squash('I would welcome the chance'));
    }
  });

  it('shrinks type to fit two pages, and says what to cut when even the smallest does not fit', async () => {
    const p = janeDoe();
    const more = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        ...p.work[1]!,
        id: `wx${i}`,
        name: `Company ${i}`,
        highlights: p.work[1]!.highlights.map((h, j) => ({ id: `hx${i}-${j}`, text: h.text })),
      }));
    const fits = await pdf({ ...p, work: [...p.work, ...more(6)] });
    expect(fits.pages).toBe(2);
    expect(fits.warnings).toEqual([]);
    // The preview is the same layout: as many pages, stacked in one SVG.
    const preview = await renderer.preview(
      { kind: 'cv', cv: { ...p, work: [...p.work, ...more(6)] }, citations: {} },
      { template: 'ats', paper: 'a4', maxPages: 2 },
    );
    expect(preview.pages).toBe(2);
    expect(Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(preview.svg)![1])).toBeGreaterThan(2 * 841);
    const tooLong = await pdf({ ...p, work: [...p.work, ...more(40)] });
    expect(tooLong.pages).toBeGreaterThan(2);
    expect(tooLong.warnings[0]).toMatch(
      /takes \d+ pages even at the smallest type; it must fit on 2\. Cut about \d+%.*oldest roles/,
    );
  });

  it('survives hostile profiles: empty sections, missing names, 2,000-character bullets, emoji and right-to-left text', async () => {
    const empty = Profile.parse({});
    const hostile = janeDoe();
    hostile.basics.name = '';
    hostile.work[0]!.highlights = [
      { id: 'long', text: 'word '.repeat(400).trim() },
      { id: 'emoji', text: 'Shipped 🚀 on time 👍' },
      { id: 'rtl', text: 'مرحبا بالعالم — שלום עולם' },
    ];
    hostile.work[1]!.name = '';
    hostile.work[1]!.position = '';
    for (const t of TEMPLATES) {
      const e = await pdf(empty, t);
      expect(e.pages).toBe(1);
      const h = await pdf(hostile, t);
      expect(h.pages).toBeGreaterThanOrEqual(1);
      expect(h.warnings.join(' ')).toMatch(/no font in Jobsmith.*🚀/);
      expect(h.fileName).toBe('CV.pdf');
    }
    // Broken text (a lone UTF-16 surrogate, control characters) and a 2,000-character word.
    const broken = janeDoe();
    broken.basics.name = 'Jane \ud800 Doe\u0000';
    broken.basics.summary = `${'x'.repeat(2000)} tab\there`;
    const b = await pdf(broken);
    expect(b.pages).toBe(1);
    expect((await readPdf(b.bytes)).info.Author).toBe('Jane \ufffd Doe');
  });
});
