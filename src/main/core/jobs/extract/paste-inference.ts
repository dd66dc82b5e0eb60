import type { ExtractedFields } from './extracted-fields';
import { detectRemote, normalizeEmploymentType, parseSalaryText } from './normalize';

/**
 * Guesses title, company, location and more from a pasted job ad (plain text). The guesses are
 * listed in `uncertain` so the capture screen asks the user to check them.
 */

const GENERIC_HEADINGS =
  /^(about (the|this) (job|role|position)|job description|description|overview|the role|role|summary|responsibilities|requirements|apply( now)?|save|share|easy apply|\d+ applicants?)$/i;
const LABELS: Record<'title' | 'company' | 'location' | 'salary' | 'type', RegExp> = {
  title: /^(job title|title|position|role|job|job description|vacancy|job opening)\s*[:–-]\s*(.+)$/i,
  company: /^(company|employer|organi[sz]ation|hiring company)\s*[:–-]\s*(.+)$/i,
  location: /^(location|job location|based in|where)\s*[:–-]\s*(.+)$/i,
  salary: /^(salary|pay|compensation|remuneration|rate)\s*[:–-]\s*(.+)$/i,
  type: /^(job type|employment type|contract type|type|work type)\s*[:–-]\s*(.+)$/i,
};
const CITY = /^[A-Z][\p{L}.' -]{1,40},\s*[A-Z][\p{L}.' -]{1,40}(,\s*[A-Z][\p{L}.' -]{1,40})?$/u;
const CITY_LINE = {
  test: (line: string): boolean => CITY.test(line.replace(/\s*\((remote|hybrid|on-?site)\)\s*$/i, '')),
};

const PRONOUN = /^(we|i|you|they|our team|the team|the company|this company|who)$/i;
/** "We are looking for a Senior Backend Engineer to join…" → "Senior Backend Engineer". */
const SOUGHT =
  /\b(?:looking for|seeking|hiring|searching for)\s+(?:an?\s+)?(?:[a-z]+,?\s+(?:and\s+)?){0,3}((?:[A-Z][\w+#/.-]*\s+){0,5}[A-Z][\w+#/.-]*)\s+(?:to|with|who|for|in|that|at)\b/;

function looksLikeTitle(line: string): boolean {
  if (line.length > 100 || GENERIC_HEADINGS.test(line) || /[.!?:]$/.test(line) || !/\p{L}/u.test(line)) return false;
  if (line.split(/\s+/).length > 10 || /^(we|you|our|the|this|as|in|at|join)\b/i.test(line)) return false;
  return true;
}

export interface PasteInference {
  fields: ExtractedFields;
  uncertain: ('title' | 'company' | 'location')[];
}

export function inferFromText(text: string): PasteInference {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const head = lines.slice(0, 12);
  const labelled = (key: keyof typeof LABELS): string | undefined => {
    for (const line of lines.slice(0, 60)) {
      const m = LABELS[key].exec(line);
      if (m?.[2] && m[2].length <= 150) return m[2].trim();
    }
    return undefined;
  };
  const uncertain: PasteInference['uncertain'] = [];

  let title = labelled('title')?.replace(/\s*\((?:[^)]*\b(?:years?|yrs|experience|m\/f\/d|f\/m\/d)\b[^)]*)\)\s*$/i, '');
  let company = labelled('company');
  let location = labelled('location');
  if (!title) {
    const sought = SOUGHT.exec(lines.slice(0, 6).join(' '))?.[1];
    const candidate = sought ?? head.slice(0, 3).find(looksLikeTitle);
    if (candidate) {
      const at = /^(.+?)\s+(?:at|@|–|-|\|)\s+(.+)$/.exec(candidate);
      if (at && !company && at[2]!.length <= 60 && !CITY_LINE.test(at[2]!)) {
        title = at[1]!.trim();
        company = at[2]!.trim();
      } else title = candidate;
      uncertain.push('title');
    }
  }
  if (!company) {
    const patterns = [
      /^(.{2,60}?)\s+(?:is|are)\s+(?:hiring|looking for|seeking)\b/gim,
      /^about\s+(?!the\b|this\b|us\b|you\b)(.{2,60})$/gim,
      /\b(?:At|Join)\s+([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}),?\s+(?:we|you|our)\b/g,
    ];
    const m = patterns
      .flatMap((re) => [...text.slice(0, 5000).matchAll(re)])
      .find((x) => x[1] && !PRONOUN.test(x[1].trim()));
    if (m?.[1] && !PRONOUN.test(m[1].trim())) {
      company = m[1].trim();
      uncertain.push('company');
    }
  }
  if (!location) {
    location =
      head.find((l) => l !== title && CITY_LINE.test(l)) ??
      head.find((l) => /^(remote|hybrid)\b/i.test(l) && l.length < 60);
    if (location) uncertain.push('location');
  }
  const salaryLine =
    labelled('salary') ??
    lines.slice(0, 80).find((l) => l.length < 120 && /([$€£]|\b(AUD|USD|EUR|GBP|CAD|NZD|CHF)\b)\s?\d/.test(l));
  const typeLine = labelled('type') ?? lines.slice(0, 40).find((l) => l.length < 60 && normalizeEmploymentType(l));
  const remoteLines = lines
    .filter((l) => l.length < 120 && /\b(remote|hybrid|on-?site|work from home)\b/i.test(l))
    .join('\n');
  return {
    fields: {
      title,
      company,
      locations: location ? [location.replace(/\s*\((remote|hybrid|on-?site)\)$/i, '')] : [],
      salary: salaryLine ? parseSalaryText(salaryLine) : null,
      employmentType: typeLine ? normalizeEmploymentType(typeLine) : null,
      remote: detectRemote(remoteLines.slice(0, 190)),
    },
    uncertain,
  };
}
