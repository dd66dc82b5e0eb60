import { CAPTURE_REVIEW_THRESHOLD } from '../../../../shared/domain/job';
import type { ExtractedFields } from './extracted-fields';

/**
 * Where each captured field came from and how sure the extraction is of it. Sources are tried in
 * order of trust; a field is taken from the first that has it, then checked against the page's
 * visible text (reconcile.ts), which can correct it or lower its confidence.
 */
export type EvidenceSource =
  'json-ld' | 'embedded-json' | 'microdata' | 'site-rule' | 'visible-text' | 'document' | 'model';
export const EVIDENCE_FIELDS = [
  'title',
  'company',
  'location',
  'remote',
  'employmentType',
  'salary',
  'postedAt',
  'description',
] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

export interface FieldEvidence {
  source: EvidenceSource;
  /** 0..1; below REVIEW_THRESHOLD the preview asks the user to check the field. */
  confidence: number;
  /** Why the value was changed or doubted, in words for the preview. */
  note?: string;
}
export type EvidenceMap = Partial<Record<EvidenceField, FieldEvidence>>;

export const REVIEW_THRESHOLD = CAPTURE_REVIEW_THRESHOLD;

/** How far each source is trusted before any check against the page. */
export const SOURCE_CONFIDENCE: Record<EvidenceSource, number> = {
  'json-ld': 0.9,
  microdata: 0.9,
  'site-rule': 0.85,
  'embedded-json': 0.8,
  'visible-text': 0.75,
  document: 0.75,
  model: 0.6,
};

const KEYS: Record<EvidenceField, (keyof ExtractedFields)[]> = {
  title: ['title'],
  company: ['company'],
  location: ['locations'],
  remote: ['remote'],
  employmentType: ['employmentType'],
  salary: ['salary'],
  postedAt: ['postedAt'],
  description: ['descriptionHtml'],
};

function present(value: unknown): boolean {
  return !(
    value === undefined ||
    value === null ||
    value === '' ||
    value === 'unknown' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** Fills the gaps of `base` from `extra`, recording the source of every field it fills. */
export function mergeWithEvidence(
  base: ExtractedFields,
  evidence: EvidenceMap,
  extra: ExtractedFields | null,
  source: EvidenceSource,
  confidence = SOURCE_CONFIDENCE[source],
): ExtractedFields {
  if (!extra) return base;
  const out: ExtractedFields = { ...base };
  for (const [key, value] of Object.entries(extra) as [keyof ExtractedFields, unknown][]) {
    if (present(out[key]) || !present(value)) continue;
    if (key === 'descriptionHtml' && (value as string).length < 200 && present(out.descriptionHtml)) continue;
    (out as Record<string, unknown>)[key] = value;
    const field = (Object.keys(KEYS) as EvidenceField[]).find((f) => KEYS[f].includes(key));
    if (field && !evidence[field]) evidence[field] = { source, confidence };
  }
  // a short description is replaced by a full one from a later source
  const extraDescription = extra.descriptionHtml ?? '';
  if (
    (base.descriptionHtml?.length ?? 0) < 200 &&
    extraDescription.length >= 200 &&
    out.descriptionHtml !== extraDescription
  ) {
    out.descriptionHtml = extraDescription;
    evidence.description = { source, confidence };
  }
  return out;
}

/** Records a correction or a doubt on a field. */
export function note(
  evidence: EvidenceMap,
  field: EvidenceField,
  change: Partial<FieldEvidence> & { note: string },
): void {
  const current = evidence[field] ?? { source: 'visible-text' as const, confidence: SOURCE_CONFIDENCE['visible-text'] };
  evidence[field] = { ...current, ...change };
}

/** Fields the user should check: missing ones and those below the threshold. */
export function fieldsToReview(evidence: EvidenceMap, fields: ExtractedFields): EvidenceField[] {
  return EVIDENCE_FIELDS.filter((f) => {
    const e = evidence[f];
    if (!e) return f === 'title' || f === 'company' || (f === 'location' && fields.remote !== 'remote');
    return e.confidence < REVIEW_THRESHOLD;
  });
}
