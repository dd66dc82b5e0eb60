import Papa from 'papaparse';
import type { ApplicationSummary, Reminder, TimelineEvent } from '../../../shared/domain/application';

/** CSV (re-importable as a plain spreadsheet) and iCalendar (.ics) renderings. Pure functions. */

/** A cell a spreadsheet would run as a formula is prefixed with ' (CSV injection). */
const safeCell = (v: string | number | null): string | number =>
  typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : (v ?? '');

export function applicationsToCsv(rows: (ApplicationSummary & { url: string | null })[]): string {
  return Papa.unparse({
    fields: [
      'id',
      'title',
      'company',
      'status',
      'status_on',
      'applied_on',
      'source',
      'match_score',
      'salary_expectation',
      'salary_currency',
      'offer',
      'offer_currency',
      'url',
      'created_at',
      'updated_at',
    ],
    data: rows.map((r) =>
      [
        r.id,
        r.title,
        r.company,
        r.status,
        r.statusOn,
        r.appliedOn,
        r.source,
        r.matchScore,
        r.salaryExpectation?.amount ?? null,
        r.salaryExpectation?.currency ?? null,
        r.offer?.amount ?? null,
        r.offer?.currency ?? null,
        r.url,
        r.createdAt,
        r.updatedAt,
      ].map(safeCell),
    ),
  });
}

/** RFC 5545 text escaping and 75-octet line folding. */
const escapeText = (s: string): string =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  for (const ch of line) {
    if (Buffer.byteLength(current + ch) > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
    }
    current += ch;
  }
  out.push(current);
  return out.join('\r\n ');
}

const stamp = (iso: string): string =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export interface CalendarInterview extends TimelineEvent {
  applicationId: string;
  label: string;
}

export function toIcs(interviews: CalendarInterview[], reminders: (Reminder & { label: string })[], now: Date): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Jobsmith//Applications//EN', 'CALSCALE:GREGORIAN'];
  const dtstamp = stamp(now.toISOString());
  for (const i of interviews) {
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(i.at);
    if (!dateOnly && Number.isNaN(Date.parse(i.at))) continue;
    const people = i.interview?.people.length ? `With: ${i.interview.people.join(', ')}\n` : '';
    lines.push('BEGIN:VEVENT', `UID:interview-${i.id}@jobsmith`, `DTSTAMP:${dtstamp}`);
    if (dateOnly) lines.push(`DTSTART;VALUE=DATE:${i.at.replace(/-/g, '')}`);
    else lines.push(`DTSTART:${stamp(i.at)}`, `DTEND:${stamp(new Date(Date.parse(i.at) + 3_600_000).toISOString())}`);
    lines.push(
      fold(`SUMMARY:${escapeText(`${i.title}: ${i.label}`)}`),
      fold(`DESCRIPTION:${escapeText(`${people}${i.note}`)}`),
      'END:VEVENT',
    );
  }
  for (const r of reminders) {
    const due = r.snoozedUntil ?? r.dueAt;
    lines.push(
      'BEGIN:VEVENT',
      `UID:reminder-${r.id}@jobsmith`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART:${stamp(due)}`,
      `DTEND:${stamp(new Date(Date.parse(due) + 900_000).toISOString())}`,
    );
    lines.push(fold(`SUMMARY:${escapeText(r.title)}`), fold(`DESCRIPTION:${escapeText(r.label)}`));
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      fold(`DESCRIPTION:${escapeText(r.title)}`),
      'TRIGGER:PT0M',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
