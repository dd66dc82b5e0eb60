import { createHash } from 'node:crypto';

/** Lower-case letters and digits only, diacritics folded: the same posting hashes the same wherever it came from. */
export function normalizeForHash(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function contentHash(job: { title: string; company: string; descriptionText: string }): string {
  return createHash('sha256')
    .update(
      `${normalizeForHash(job.title)}\n${normalizeForHash(job.company)}\n${normalizeForHash(job.descriptionText)}`,
    )
    .digest('hex');
}
