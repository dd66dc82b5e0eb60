import type { PageMeta } from './page-meta';
import type { ExtractedFields } from './extracted-fields';
import { note, SOURCE_CONFIDENCE, type EvidenceMap } from './field-evidence';
import { tidyLocationText } from './location-format';
import { isJobBoard, splitPageTitle, titleWithoutCompany } from './page-title';
import { isPlausibleSalary } from './salary-text';
import type { VisibleFacts } from './visible-facts';

/**
 * Checks the fields against what the page shows. Where structured data and the visible page
 * disagree, the page wins (it is what the employer looked at); an impossible salary is never kept;
 * gaps are filled from the page's labelled lines and its title, with lower confidence.
 */

const LABEL: Record<string, string> = { remote: 'remote', hybrid: 'hybrid', onsite: 'on-site', unknown: 'unknown' };

export function reconcile(
  input: ExtractedFields,
  evidence: EvidenceMap,
  facts: VisibleFacts,
  meta: PageMeta,
): ExtractedFields {
  const f: ExtractedFields = { ...input };
  const visible = SOURCE_CONFIDENCE['visible-text'];

  // Company: a job board is the site, not the employer.
  const fromTitle = splitPageTitle(meta.ogTitle ?? meta.title, facts.heading ?? f.title, meta.siteName);
  const boardCompany =
    !f.company || isJobBoard(f.company) || (meta.siteName && f.company === meta.siteName && isJobBoard(meta.siteName));
  if (boardCompany) {
    const candidate = [facts.company, fromTitle.company, meta.siteName].find((c) => c && !isJobBoard(c));
    if (candidate) {
      if (f.company)
        note(evidence, 'company', {
          source: 'visible-text',
          confidence: 0.7,
          note: `"${f.company}" is the job board; the employer named on the page is "${candidate}".`,
        });
      else
        evidence.company = {
          source: 'visible-text',
          confidence: candidate === facts.company ? visible : 0.65,
          note: candidate === facts.company ? undefined : 'Taken from the page title or site name.',
        };
      f.company = candidate;
    } else if (f.company && isJobBoard(f.company)) {
      note(evidence, 'company', {
        confidence: 0.4,
        note: `"${f.company}" looks like the job board, not the employer.`,
      });
    }
  }

  // Title: the page's heading when nothing structured has one, and never with the employer glued on.
  if (!f.title) {
    const title = facts.heading && facts.heading.length <= 150 ? facts.heading : fromTitle.title;
    if (title) {
      f.title = title;
      evidence.title = { source: 'visible-text', confidence: facts.heading ? visible : 0.65 };
    }
  }
  if (f.title && f.company) {
    const bare = titleWithoutCompany(f.title, f.company);
    if (bare !== f.title) {
      note(evidence, 'title', { note: `The employer's name was taken out of the title ("${f.title}").` });
      f.title = bare;
    }
  }

  // Work mode: what the page states beats the structured data; prose only fills a gap.
  const structured = f.remote && f.remote !== 'unknown' ? f.remote : null;
  if (facts.statedRemote !== 'unknown' && facts.statedRemote !== structured) {
    if (structured)
      note(evidence, 'remote', {
        source: 'visible-text',
        confidence: visible,
        note: `The page says ${LABEL[facts.statedRemote]}; its structured data said ${LABEL[structured]}.`,
      });
    else evidence.remote = { source: 'visible-text', confidence: visible };
    f.remote = facts.statedRemote;
  } else if (!structured && facts.proseRemote !== 'unknown') {
    f.remote = facts.proseRemote;
    evidence.remote = { source: 'visible-text', confidence: 0.7, note: 'Read from the description.' };
  } else if (!structured) {
    f.remote = 'unknown';
  }

  // Salary: never impossible; the page's labelled salary wins a disagreement.
  if (f.salary && !isPlausibleSalary(f.salary)) {
    const bad = f.salary;
    f.salary = facts.salary && isPlausibleSalary(facts.salary) ? facts.salary : null;
    note(
      evidence,
      'salary',
      f.salary
        ? {
            source: 'visible-text',
            confidence: visible,
            note: `The structured salary (${bad.min}–${bad.max}) is impossible; the page's own figure is used.`,
          }
        : { confidence: 0.3, note: `The structured salary (${bad.min}–${bad.max}) is impossible and was dropped.` },
    );
  } else if (
    f.salary &&
    facts.salary &&
    isPlausibleSalary(facts.salary) &&
    (facts.salary.min !== f.salary.min || facts.salary.max !== f.salary.max)
  ) {
    note(evidence, 'salary', {
      source: 'visible-text',
      confidence: visible,
      note: `The page shows ${facts.salary.min}–${facts.salary.max}; its structured data said ${f.salary.min}–${f.salary.max}.`,
    });
    f.salary = facts.salary;
  } else if (!f.salary && facts.salary && isPlausibleSalary(facts.salary)) {
    f.salary = facts.salary;
    evidence.salary = { source: 'visible-text', confidence: visible };
  }

  // Employment type: the page's label wins; else fill the gap.
  if (facts.employmentType && facts.employmentType !== f.employmentType) {
    if (f.employmentType)
      note(evidence, 'employmentType', {
        source: 'visible-text',
        confidence: visible,
        note: `The page says ${facts.employmentType.replace('_', '-')}; its structured data said ${f.employmentType.replace('_', '-')}.`,
      });
    else evidence.employmentType = { source: 'visible-text', confidence: visible };
    f.employmentType = facts.employmentType;
  }

  // Location and date: gaps only; locations printed as a person would.
  if (!f.locations?.length && facts.location) {
    f.locations = [facts.location];
    evidence.location = { source: 'visible-text', confidence: visible };
  }
  f.locations = [...new Set((f.locations ?? []).map(tidyLocationText).filter(Boolean))];
  if (!f.postedAt && facts.postedAt) {
    f.postedAt = facts.postedAt;
    evidence.postedAt = { source: 'visible-text', confidence: visible };
  }
  return f;
}
