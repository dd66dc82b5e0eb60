import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { employmentWord, makeSpec, remoteWord, shownPlace, type JobSpec } from './job-spec';
import type { Lang } from './job-languages.fixture';

/**
 * Job documents the tests build: Markdown job notes with a location line, the text of a PDF
 * printed from a browser (print header with the page title, footer with the address and page
 * numbers, ads for other jobs in the body), and DOCX postings.
 */

export interface BuiltDocument {
  id: string;
  kind: 'markdown' | 'print' | 'docx';
  lang: Lang;
  fileName: string;
  bytes: Uint8Array;
  expected: {
    title: string;
    company: string | null;
    location: string | null;
    descriptionIncludes: string;
    descriptionExcludes: string[];
  };
}

const AD = 'Night Shift Warehouse Lead';

function markdown(s: JobSpec): string {
  const l = s.v.labels;
  const label = (name: string, value: string) => (s.chance(0.5) ? `**${name}:** ${value}` : `- ${name}: ${value}`);
  return `# ${s.title}\n\n${label(s.pick(l.company), s.company)}\n${label(s.pick(l.location), shownPlace(s))}\n${label(s.pick(l.type), employmentWord(s))}\n${label(s.pick(l.mode), remoteWord(s))}\n\n## Notes\n\n${s.marker}. ${s.paragraphs.join(' ')}\n\n- ${s.paragraphs[0]}\n- ${s.paragraphs[1]}\n`;
}

function printed(s: JobSpec): string {
  const header = `12/${1 + (s.seed % 9)}/26, 10:${10 + (s.seed % 40)} AM ${s.title} – ${s.company} – ${s.pick(s.v.careers)}`;
  const footer = `https://careers.example.test/jobs/${s.seed} 1/2`;
  return [
    header,
    s.title,
    `${s.pick(s.v.labels.location)}: ${shownPlace(s)}`,
    '',
    `${s.marker}. ${s.paragraphs[0]}`,
    s.paragraphs[1],
    '',
    s.pick(s.v.moreJobs),
    AD,
    'Reykjavík, Iceland',
    'USD 9,999,999',
    '',
    footer,
    `12/${1 + (s.seed % 9)}/26, 10:${10 + (s.seed % 40)} AM ${s.title} – ${s.company} – ${s.pick(s.v.careers)}`,
    s.paragraphs.join(' '),
    `https://careers.example.test/jobs/${s.seed} 2/2`,
  ].join('\n');
}

async function docxBytes(s: JobSpec, withHeading: boolean): Promise<Uint8Array> {
  const p = (text: string) => new Paragraph({ children: [new TextRun({ text })] });
  const children = [
    ...(withHeading ? [new Paragraph({ text: s.title, heading: HeadingLevel.HEADING_1 })] : []),
    p(`${s.marker}. ${s.paragraphs[0]}`),
    p(`${s.pick(s.v.labels.location)}: ${shownPlace(s)}`),
    p(s.paragraphs.slice(1).join(' ')),
  ];
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

export async function buildDocument(kind: BuiltDocument['kind'], lang: Lang, seed: number): Promise<BuiltDocument> {
  const s = makeSpec(lang, seed);
  const enc = (t: string) => new TextEncoder().encode(t);
  const id = `${kind}/${lang}/${seed}`;
  const base = {
    title: s.title,
    company: s.company,
    location: shownPlace(s),
    descriptionIncludes: s.marker,
    descriptionExcludes: [] as string[],
  };
  if (kind === 'markdown')
    return { id, kind, lang, fileName: `job-${seed}.md`, bytes: enc(markdown(s)), expected: base };
  if (kind === 'print')
    return {
      id,
      kind,
      lang,
      fileName: `print-${seed}.txt`,
      bytes: enc(printed(s)),
      expected: { ...base, descriptionExcludes: [AD, 'USD 9,999,999', '1/2', '10:'] },
    };
  return {
    id,
    kind,
    lang,
    fileName: `posting-${seed}.docx`,
    bytes: await docxBytes(s, true),
    expected: { ...base, company: null },
  };
}
