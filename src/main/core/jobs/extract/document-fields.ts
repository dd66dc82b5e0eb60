import type { EvidenceMap } from './field-evidence';
import { RAIL_HEADING } from './page-lines';
import { splitPageTitle } from './page-title';
import { inferFromText, type PasteInference } from './paste-inference';
import { readVisibleFacts } from './visible-facts';

/**
 * Job fields from a document's text (the output of document-text.ts): a PDF printed from a
 * browser (its print header holds the page title; its footer the address and "1/3"; its body may
 * carry ads for other jobs), Markdown job notes ("# Title", "**Location:** Lisbon"), and DOCX
 * postings whose title is a heading, a bold first line, or only named in the text.
 */

export type DocumentKind = 'pdf' | 'docx' | 'markdown' | 'txt';

/** "12/6/26, 10:15 AM  Data Engineer – Northwind – Careers" and "06.12.26, 10:15 Seite…", as browsers print them. */
const PRINT_HEADER = /^\s*(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}),?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\s+(.{3,200})$/i;
const PRINT_FOOTER = /^\s*(?:(?:https?|file):\/\/\S+\s+)?\d{1,3}\s*\/\s*\d{1,3}\s*$|^\s*(?:https?|file):\/\/\S+\s*$/i;
const ROLE =
  /\b((?:(?:Senior|Junior|Lead|Staff|Principal|Full[- ]Stack|Front[- ]?end|Back[- ]?end|Web|Mobile|Data|Software|Cloud|DevOps|QA|[A-Z][\w+#.]{1,15})\s+){0,3}(?:Developer|Engineer|Designer|Architect|Analyst|Scientist|Manager|Administrator|Consultant|Specialist|Entwickler(?:in)?|Ingenieur(?:in)?|D[ée]veloppeur(?:se)?|Ing[ée]nieur|Desarrollador(?:a)?|Ingeniero|Desenvolvedor(?:a)?|Engenheiro|Sviluppatore|Ingegnere|Ontwikkelaar|Kehitt[äa]j[äa]|Geli[şs]tirici|M[üu]hendis))(?:s|innen)?\b/;

/** Section headings that are not the posting's title. */
const SECTION =
  /^(about|key|job description|description|responsibilit|requirement|qualification|benefits|what you|who you|your|our|we offer|aufgaben|profil|wir bieten|missions?|profil recherch|responsabilidades|requisitos|funzioni|requisiti|taken|wat wij|teht[äa]v|sorumluluk|gereksinim|業務内容|応募資格|职位描述|任职要求)/i;

export interface DocumentInference extends PasteInference {
  text: string;
  /** Lines dropped: print headers and footers, ads for other jobs. */
  removedLines: number;
  evidence: EvidenceMap;
}

/** Drops what the browser's print added and what advertises other jobs. */
function cleanPrinted(text: string): { text: string; headerTitle?: string; removed: number } {
  let headerTitle: string | undefined;
  let removed = 0;
  const out: string[] = [];
  let inRail = false;
  for (const line of text.split('\n')) {
    const header = PRINT_HEADER.exec(line);
    if (header) {
      headerTitle ??= header[2]!.trim();
      removed++;
      continue;
    }
    if (PRINT_FOOTER.test(line)) {
      removed++;
      continue;
    }
    const trimmed = line.trim();
    if (trimmed.length <= 80 && RAIL_HEADING.test(trimmed) && trimmed.split(/\s+/).length <= 8) inRail = true;
    else if (inRail && (trimmed.length > 120 || (!trimmed && out.at(-1) === ''))) inRail = false;
    if (inRail) {
      removed++;
      continue;
    }
    out.push(line);
  }
  return {
    text: out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    headerTitle,
    removed,
  };
}

/** Markdown marks out, so labelled lines read as labels: "**Location:** Lisbon" → "Location: Lisbon". */
function unmark(text: string): { text: string; heading?: string } {
  const heading = /^#\s+(.+)$/m.exec(text)?.[1]?.trim();
  const plain = text
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*\*|__/g, '')
    .replace(/^\s*[-*+]\s+(?=[^:\n]{1,40}:)/gm, '')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
  return { text: plain, heading };
}

export function inferFromDocument(raw: string, kind: DocumentKind, headings: string[] = []): DocumentInference {
  const printed =
    kind === 'pdf' || kind === 'txt' ? cleanPrinted(raw) : { text: raw, removed: 0, headerTitle: undefined };
  const md = kind === 'markdown' ? unmark(printed.text) : { text: printed.text, heading: undefined };
  const inferred = inferFromText(md.text);
  const evidence: EvidenceMap = {};
  const fields = { ...inferred.fields };
  const uncertain = [...inferred.uncertain];
  const fromHeading =
    md.heading ?? headings.find((h) => h.length >= 3 && h.length <= 120 && !/[:.]$/.test(h) && !SECTION.test(h));
  const fromHeader = printed.headerTitle ? splitPageTitle(printed.headerTitle) : undefined;
  // a heading or the print header names the posting more surely than a guess from the first lines
  const named = fromHeading ? splitPageTitle(fromHeading) : fromHeader;
  if (named?.title && (!fields.title || uncertain.includes('title'))) {
    fields.title = named.title;
    evidence.title = {
      source: 'document',
      confidence: fromHeading ? 0.8 : 0.75,
      note: fromHeading ? 'From the document heading.' : "From the browser's print header.",
    };
    if (uncertain.includes('title')) uncertain.splice(uncertain.indexOf('title'), 1);
    if (named.company && (!fields.company || uncertain.includes('company'))) {
      fields.company = named.company;
      evidence.company = { source: 'document', confidence: 0.7 };
      if (uncertain.includes('company')) uncertain.splice(uncertain.indexOf('company'), 1);
    }
  }
  // labelled lines in any of the 11 languages ("Standort: Berlin", "勤務地: 東京都")
  const facts = readVisibleFacts(
    md.text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
  const fill = <K extends 'company' | 'employmentType' | 'salary' | 'postedAt'>(
    key: K,
    value: (typeof fields)[K] | undefined | null,
  ): void => {
    if (value && (!fields[key] || (uncertain as string[]).includes(key))) fields[key] = value;
  };
  fill('company', facts.company);
  fill('employmentType', facts.employmentType);
  fill('salary', facts.salary);
  fill('postedAt', facts.postedAt);
  if (facts.company && uncertain.includes('company')) uncertain.splice(uncertain.indexOf('company'), 1);
  if (facts.location && facts.locationLabelled && (!fields.locations?.length || uncertain.includes('location'))) {
    fields.locations = [facts.location];
    if (uncertain.includes('location')) uncertain.splice(uncertain.indexOf('location'), 1);
  }
  if (facts.statedRemote !== 'unknown') fields.remote = facts.statedRemote;
  if (!fields.title) {
    const role = ROLE.exec(md.text.slice(0, 5000))?.[0];
    if (role) {
      fields.title = role.replace(/s$/, '').trim();
      evidence.title = { source: 'document', confidence: 0.55, note: 'Guessed from a role named in the text.' };
      uncertain.push('title');
    }
  }
  for (const field of ['title', 'company', 'location'] as const) {
    const key = field === 'location' ? 'locations' : field;
    const has = Array.isArray(fields[key]) ? (fields[key] as string[]).length > 0 : Boolean(fields[key]);
    if (has && !evidence[field])
      evidence[field] = { source: 'document', confidence: uncertain.includes(field) ? 0.6 : 0.8 };
  }
  return { fields, uncertain, text: md.text, removedLines: printed.removed, evidence };
}
