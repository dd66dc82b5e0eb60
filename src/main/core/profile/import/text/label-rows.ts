/**
 * The 2002–2012 Europass layout: every fact is a row with its label in a left column ("Dates",
 * "Occupation or position held", "Name and address of employer", "Title of qualification awarded").
 * Rows of one entry are rewritten as the line model the entry parser reads: the position (or
 * degree), the employer (or school), the dates, then the activities as bullets. Labels of contact
 * rows are dropped, leaving the value. Any CV's label column ("Name:", "Telefon:") taken apart from
 * its values by the reader is paired up again.
 */
import { matchHeading } from './headings';
import type { DocLine } from './lines';

type Role =
  'keep' | 'dates' | 'position' | 'activities' | 'employer' | 'degree' | 'institution' | 'label' | 'contact' | 'skip';
const LABELS: [string, Role][] = [
  ['dates', 'dates'],
  ['occupation or position held', 'position'],
  ['main activities and responsibilities', 'activities'],
  ['name and address of employer', 'employer'],
  ['type of business or sector', 'skip'],
  ['title of qualification awarded', 'degree'],
  ['principal subjects/occupational skills covered', 'skip'],
  ['name and type of organisation providing education and training', 'institution'],
  ['level in national or international classification', 'skip'],
  ['desired employment / occupational field', 'label'],
  ['address', 'contact'],
  ['address(es)', 'contact'],
  ['telephone(s)', 'contact'],
  ['mobile', 'contact'],
  ['fax(es)', 'contact'],
  ['e-mail', 'contact'],
  ['website', 'contact'],
  ['nationality', 'skip'],
  ['date of birth', 'skip'],
  ['gender', 'skip'],
  ['first name(s) / surname(s)', 'contact'],
  ['surname(s) / first name(s)', 'contact'],
  ['technical skills and competences', 'contact'],
  ['computer skills and competences', 'contact'],
  ['mother tongue(s)', 'keep'],
  ['other language(s)', 'keep'],
];
/** 'contact' rows keep only their value: contact details, and skills rows of the skills section. */
const fold = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** The role of a label cell; a label that wrapped in its narrow column matches by its first part. */
function roleOf(cell: string): Role | null {
  const c = fold(cell);
  for (const [label, role] of LABELS) if (c === label || (c.length >= 12 && label.startsWith(c))) return role;
  return null;
}
/** The second line of a wrapped label ("providing education and training"): nothing of its own. */
const isLabelTail = (l: DocLine): boolean =>
  l.segments.length === 1 &&
  !matchHeading(l.text)?.strong &&
  fold(l.text).length >= 5 &&
  LABELS.some(([label]) => label !== fold(l.text) && label.endsWith(fold(l.text)));

/** True when the document is laid out in Europass label rows (three or more entry labels). */
export function hasLabelRows(lines: DocLine[]): boolean {
  let n = 0;
  for (const l of lines)
    if (
      l.segments.length === 2 &&
      ['dates', 'position', 'employer', 'degree', 'institution'].includes(roleOf(l.segments[0]!) ?? '')
    )
      n++;
  return n >= 3;
}

/**
 * Where the reader took the label column apart from its values (labels that wrap make it look like a
 * column of its own), a run of labels is followed by a run of as many values: paired up again in order.
 */
function zipLabelRuns(lines: DocLine[]): DocLine[] {
  const out: DocLine[] = [];
  const single = (l: DocLine | undefined): l is DocLine => !!l && l.segments.length === 1;
  for (let i = 0; i < lines.length;) {
    const labels: DocLine[] = [];
    let j = i;
    for (; single(lines[j]) && (isLabel(lines[j]!.text) || isLabelTail(lines[j]!)); j++)
      if (!isLabelTail(lines[j]!)) labels.push(lines[j]!);
    const values: DocLine[] = [];
    // the next section's heading, read between the labels and their values: it goes after them
    const later: DocLine[] = [];
    let k = j;
    for (; labels.length >= 2 && values.length < labels.length && single(lines[k]) && !isLabel(lines[k]!.text); k++) {
      if (matchHeading(lines[k]!.text)) later.push(lines[k]!);
      else if (!isLabelTail(lines[k]!)) values.push(lines[k]!);
    }
    if (labels.length >= 2 && values.length >= 2) {
      values.forEach((v, n) =>
        out.push({
          ...v,
          text: `${labels[n]!.text} | ${v.text}`,
          segments: [labels[n]!.text, v.text],
          segX: [labels[n]!.x, v.x],
          gapBefore: labels[n]!.gapBefore,
        }),
      );
      out.push(...later);
      i = k;
      continue;
    }
    out.push(lines[i]!);
    i++;
  }
  return out;
}

/** A label cell: a Europass label, or a few words ending in a colon ("Name:", "Anschrift:", "E-Mail:"). */
const isLabel = (t: string): boolean => roleOf(t) !== null || /^[\p{L}][\p{L} ./()-]{1,28}:$/u.test(t.trim());

export function rewriteLabelRows(input: DocLine[]): DocLine[] {
  const lines = zipLabelRuns(input);
  if (!hasLabelRows(lines)) return lines;
  const out: DocLine[] = [];
  let group: { role: Role; value: string; line: DocLine }[] = [];
  const as = (l: DocLine, text: string, extra: Partial<DocLine> = {}): DocLine => ({
    ...l,
    text,
    segments: [text],
    x: l.segX?.[1] ?? l.x,
    ...extra,
  });
  const flush = (): void => {
    if (!group.length) return;
    const first = group[0]!.line;
    const pick = (...roles: Role[]): { value: string; line: DocLine }[] => group.filter((g) => roles.includes(g.role));
    const heads = [...pick('position', 'degree'), ...pick('employer', 'institution'), ...pick('dates')];
    heads.forEach((h, i) =>
      out.push(as(h.line, h.value, { gapBefore: i === 0 ? Math.max(first.gapBefore, 1.5) : 0.3, bullet: false })),
    );
    for (const a of pick('activities'))
      for (const b of a.value.split(/\s*;\s*/).filter(Boolean))
        out.push(as(a.line, b, { bullet: true, gapBefore: 0.3 }));
    group = [];
  };
  for (const l of lines) {
    if (isLabelTail(l)) continue;
    const role = l.segments.length === 2 ? roleOf(l.segments[0]!) : null;
    if (!role) {
      // the wrapped rest of a value (a long list of activities) continues the row above
      const last = group[group.length - 1];
      if (last && l.segments.length === 1 && !l.heading && l.size > 0 && l.x > (last.line.segX?.[1] ?? Infinity) - 2) {
        last.value = `${last.value} ${l.text}`;
        continue;
      }
      flush();
      out.push(l);
      continue;
    }
    const value = l.segments[1]!.trim();
    if (role === 'keep') {
      flush();
      out.push(l);
    } else if (role === 'contact' || role === 'label') {
      flush();
      out.push(as(l, value));
    } else if (role !== 'skip') {
      if (role === 'dates' && group.some((g) => g.role === 'dates')) flush();
      group.push({ role, value, line: l });
    }
  }
  flush();
  return out;
}
