import type { SavedSearch } from '../../../../shared/domain/job';
import type { AtsPosting } from '../ats/ats-posting';
import { normalizeForHash } from '../store/content-hash';

/** Whether a posting passes one saved search: any keyword in title or description, location, remote. */
export function matchesSearch(posting: AtsPosting, descriptionText: string, search: SavedSearch): boolean {
  if (search.remoteOnly && posting.remote !== 'remote') return false;
  if (search.location.trim()) {
    const wanted = normalizeForHash(search.location);
    const places = posting.locations.map(normalizeForHash);
    if (!places.some((p) => p.includes(wanted)) && !(wanted === 'remote' && posting.remote === 'remote')) return false;
  }
  if (!search.keywords.length) return true;
  const haystack = ` ${normalizeForHash(`${posting.title} ${descriptionText}`)} `;
  return search.keywords.some((k) => haystack.includes(` ${normalizeForHash(k)} `));
}

/** With no saved searches every posting counts; otherwise it must pass at least one. */
export function matchesAnySearch(posting: AtsPosting, descriptionText: string, searches: SavedSearch[]): boolean {
  return searches.length === 0 || searches.some((s) => matchesSearch(posting, descriptionText, s));
}
