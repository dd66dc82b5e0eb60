import type { Profile } from '../../../shared/domain/profile';
import type { Selection } from '../../../shared/domain/tailor';
import { sanitizePlainText } from '../jobs/sanitize/sanitize-html';

/**
 * The data a tailoring prompt carries, each part delimited and labelled. Job text goes through the
 * capture sanitiser again, loses Unicode tag characters (invisible "ASCII smuggling") and any
 * look-alike of our delimiters, so a posting cannot close its block and speak as the app.
 */

const TAG_CHARS = /[\u{E0000}-\u{E007F}]/gu;
const MAX_JOB_CHARS = 12_000;

export function promptSafeJobText(text: string): string {
  const cleaned = sanitizePlainText(text).text.replace(TAG_CHARS, '');
  return cleaned.replace(/<\s*\/?\s*[a-z_]+\s*>/gi, (m) => m.replace(/[<>]/g, '')).slice(0, MAX_JOB_CHARS);
}

export function block(label: string, body: string): string {
  return `<${label}>\n${body.trim()}\n</${label}>`;
}

export function jobBlock(job: { title: string; company: string; text: string }): string {
  return block(
    'job_posting',
    `Title: ${promptSafeJobText(job.title)}\nCompany: ${promptSafeJobText(job.company)}\n\n${promptSafeJobText(job.text)}`,
  );
}

const line = (id: string, text: string) => `[${id}] ${text.replace(/\s+/g, ' ').trim()}`;

/** Every citable fact of the profile as `[id] text` lines, entries with their names, titles and dates. */
export function profileFactLines(profile: Profile): string {
  const lines: string[] = [];
  const b = profile.basics;
  if (b.label) lines.push(line('basics.label', `Headline: ${b.label}`));
  if (b.summary) lines.push(line('basics.summary', `Summary: ${b.summary}`));
  const dates = (s?: string, e?: string) => (s ? ` (${s} – ${e ?? 'present'})` : '');
  for (const w of profile.work) {
    lines.push(line(w.id, `Job: ${w.position} at ${w.name}${dates(w.startDate, w.endDate)}`));
    for (const h of w.highlights) lines.push(line(h.id, `  ${h.text}`));
  }
  for (const p of profile.projects) {
    lines.push(
      line(
        p.id,
        `Project: ${p.name}${p.description ? ` — ${p.description}` : ''}${p.keywords.length ? ` (${p.keywords.join(', ')})` : ''}`,
      ),
    );
    for (const h of p.highlights) lines.push(line(h.id, `  ${h.text}`));
  }
  for (const e of profile.education)
    lines.push(
      line(
        e.id,
        `Education: ${[e.studyType, e.area].filter(Boolean).join(' in ')}, ${e.institution}${dates(e.startDate, e.endDate)}`,
      ),
    );
  for (const c of profile.certificates)
    lines.push(line(c.id, `Certification: ${c.name}${c.issuer ? ` (${c.issuer})` : ''}${c.date ? `, ${c.date}` : ''}`));
  for (const s of profile.skills) lines.push(line(s.id, `Skill: ${[s.name, ...s.keywords].join(', ')}`));
  for (const l of profile.languages)
    lines.push(line(l.id, `Language: ${l.language}${l.fluency ? ` (${l.fluency})` : ''}`));
  return block('profile_facts', lines.join('\n'));
}

export function bulletsBlock(selection: Selection): string {
  return block(
    'bullets_to_rewrite',
    selection.entries.flatMap((e) => e.bullets.map((b) => line(b.factId, b.text))).join('\n'),
  );
}
