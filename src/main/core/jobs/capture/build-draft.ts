import { JobDraft, type CaptureLogEntry, type JobSource, type LocationParts } from '../../../../shared/domain/job';
import type { ExtractedFields } from '../extract/extracted-fields';
import type { EvidenceMap } from '../extract/field-evidence';
import { detectLanguage, detectSeniority } from '../extract/normalize';
import { describeReport, type SanitizeReport } from '../sanitize/sanitize-report';

/** What every capture path hands to the store: a validated draft, the raw input, and the audit trail. */
export interface Capture {
  draft: JobDraft;
  raw: { text: string; contentType: string | null; url: string | null };
  report: SanitizeReport;
  /** Fields that were guessed, or are below the confidence threshold, and should be checked by the user. */
  uncertain: string[];
  /** Per field: where it came from and how sure extraction is (absent for ATS API captures). */
  evidence?: EvidenceMap;
  locationParts?: LocationParts[];
}

/** The capture log a job keeps: what was found, guessed and removed, in order. */
export function createCaptureLog(clock: () => Date = () => new Date()) {
  const entries: CaptureLogEntry[] = [];
  const add = (level: CaptureLogEntry['level'], message: string): void => {
    entries.push({ at: clock().toISOString(), level, message });
  };
  return {
    entries,
    info: (message: string): void => add('info', message),
    warn: (message: string): void => add('warning', message),
    /** The sanitiser's report as sentences: warnings for hidden text, notes for the rest. */
    report(report: SanitizeReport): void {
      for (const line of describeReport(report)) add(line.level, line.message);
    },
  };
}
export type CaptureLog = ReturnType<typeof createCaptureLog>;

const cut = (s: string | undefined | null, max: number): string => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, max);

export function buildDraft(
  fields: ExtractedFields & { descriptionText: string; descriptionHtml: string },
  origin: {
    source: JobSource;
    sourceUrl: string | null;
    extractedBy: string;
    atsProvider?: JobDraft['atsProvider'];
    atsId?: string | null;
  },
  log: CaptureLog,
): JobDraft {
  const title = cut(fields.title, 300) || 'Untitled job';
  if (!fields.title) log.warn('No job title was found; it is set to "Untitled job". Edit it on the job page.');
  if (!fields.company) log.warn('No company name was found. Edit it on the job page.');
  if (fields.descriptionText.length < 100)
    log.warn('The description is very short; the page may need a login or JavaScript. Try pasting the text instead.');
  return JobDraft.parse({
    title,
    company: cut(fields.company, 300),
    locations: (fields.locations ?? [])
      .map((l) => cut(l, 300))
      .filter(Boolean)
      .slice(0, 50),
    remote: fields.remote ?? 'unknown',
    employmentType: fields.employmentType ?? null,
    seniority: detectSeniority(title),
    salary: fields.salary && (fields.salary.min !== null || fields.salary.max !== null) ? fields.salary : null,
    descriptionText: fields.descriptionText.slice(0, 200_000),
    descriptionHtml: fields.descriptionHtml.slice(0, 400_000),
    postedAt: fields.postedAt ?? null,
    language: fields.language ?? detectLanguage(fields.descriptionText),
    source: origin.source,
    sourceUrl: origin.sourceUrl,
    canonicalUrl: canonicalize(fields.canonicalUrl ?? origin.sourceUrl),
    atsProvider: origin.atsProvider ?? null,
    atsId: origin.atsId ?? null,
    extractedBy: origin.extractedBy.slice(0, 60),
    captureLog: log.entries,
  });
}

const TRACKING = /^(utm_|fbclid$|gclid$|mc_|ref$|refid$|trk|src$|source$|from$|campaignid$|tk$|vjs$|alid$|_ga)/i;

/** A stable form of a job URL for dedupe: https, no fragment, no tracking parameters, sorted query. */
export function canonicalize(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.protocol = 'https:';
    u.hash = '';
    u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
    const kept = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
    u.search = new URLSearchParams(kept).toString();
    u.pathname = u.pathname.replace(/\/+$/, '') || '/';
    return u.href;
  } catch {
    return null;
  }
}
