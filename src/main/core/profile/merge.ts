import { PROFILE_SECTIONS, Profile, type Highlight, type ProfileSection } from '../../../shared/domain/profile';

/**
 * Merges an imported profile into the current one without duplicating entries. Entries are the same
 * when their identifying fields match after normalisation (case, punctuation, spacing); a match keeps
 * the current entry and its ids, fills fields that are empty, and adds bullets/keywords it lacks.
 * Fields the user already filled are never overwritten.
 */
export interface MergeStats {
  added: number;
  updated: number;
  unchanged: number;
}
export interface MergeOutcome {
  profile: Profile;
  sections: Partial<Record<ProfileSection | 'basics', MergeStats>>;
}

export const normKey = (s: string | undefined | null) =>
  (s ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim();
const year = (d: string | undefined) => d?.slice(0, 4);

type Entry = Record<string, unknown> & { id: string };
type Keyer = (e: Entry) => string;

const KEYS: Record<ProfileSection, Keyer> = {
  work: (e) => `${normKey(e.name as string)}|${normKey(e.position as string)}`,
  volunteer: (e) => `${normKey(e.organization as string)}|${normKey(e.position as string)}`,
  education: (e) => `${normKey(e.institution as string)}|${normKey((e.studyType as string) || (e.area as string))}`,
  awards: (e) => normKey(e.title as string),
  certificates: (e) => normKey(e.name as string),
  publications: (e) => normKey(e.name as string),
  skills: (e) => normKey(e.name as string),
  languages: (e) => normKey(e.language as string),
  interests: (e) => normKey(e.name as string),
  references: (e) => normKey(e.name as string),
  projects: (e) => normKey((e.url as string) || '') || normKey(e.name as string),
};

/** Two dated entries with the same key but different start years are different jobs (e.g. rehired). */
function sameEntry(section: ProfileSection, a: Entry, b: Entry): boolean {
  if (KEYS[section](a) !== KEYS[section](b) || !KEYS[section](a).replace(/\|/g, '')) return false;
  const ya = year(a.startDate as string | undefined);
  const yb = year(b.startDate as string | undefined);
  return !ya || !yb || ya === yb;
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
const isHighlightList = (v: unknown): v is Highlight[] =>
  Array.isArray(v) && v.length > 0 && typeof v[0] === 'object' && v[0] !== null && 'text' in v[0];

function unionHighlights(current: Highlight[], incoming: Highlight[]): Highlight[] {
  const seen = new Set(current.map((h) => normKey(h.text)));
  const extra = incoming.filter((h) => {
    const k = normKey(h.text);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return [...current, ...extra];
}

function unionStrings(current: string[], incoming: string[]): string[] {
  const seen = new Set(current.map(normKey));
  return [...current, ...incoming.filter((s) => !seen.has(normKey(s)) && seen.add(normKey(s)))];
}

/** Fills what `current` lacks from `incoming`; returns whether anything changed. */
function mergeEntry(current: Entry, incoming: Entry): { entry: Entry; changed: boolean } {
  const entry: Entry = { ...current };
  let changed = false;
  for (const [key, value] of Object.entries(incoming)) {
    if (key === 'id' || isEmpty(value)) continue;
    const mine = entry[key];
    if (isEmpty(mine)) {
      entry[key] = value;
      changed = true;
    } else if (isHighlightList(value) && Array.isArray(mine)) {
      const merged = unionHighlights(mine as Highlight[], value);
      if (merged.length !== (mine as unknown[]).length) {
        entry[key] = merged;
        changed = true;
      }
    } else if (Array.isArray(value) && Array.isArray(mine) && typeof value[0] === 'string') {
      const merged = unionStrings(mine as string[], value as string[]);
      if (merged.length !== mine.length) {
        entry[key] = merged;
        changed = true;
      }
    }
  }
  return { entry, changed };
}

export function mergeProfiles(current: Profile, incoming: Profile): MergeOutcome {
  const sections: MergeOutcome['sections'] = {};
  const next = structuredClone(current) as unknown as Record<string, unknown> & { basics: Profile['basics'] };

  const b = mergeBasics(current, incoming);
  next.basics = b.basics;
  sections.basics = { added: b.addedLinks, updated: b.changed ? 1 : 0, unchanged: b.changed ? 0 : 1 };

  for (const section of PROFILE_SECTIONS) {
    const list = [...(current[section] as Entry[])];
    const stats: MergeStats = { added: 0, updated: 0, unchanged: 0 };
    for (const item of incoming[section] as Entry[]) {
      const at = list.findIndex((e) => sameEntry(section, e, item));
      if (at < 0) {
        list.push(item);
        stats.added++;
      } else {
        const { entry, changed } = mergeEntry(list[at]!, item);
        list[at] = entry;
        if (changed) stats.updated++;
        else stats.unchanged++;
      }
    }
    next[section] = list;
    if (stats.added + stats.updated + stats.unchanged) sections[section] = stats;
  }
  return { profile: Profile.parse(next), sections };
}

function mergeBasics(current: Profile, incoming: Profile) {
  const basics = structuredClone(current.basics);
  let changed = false;
  for (const key of ['name', 'label', 'email', 'phone', 'url', 'summary', 'image'] as const) {
    if (!basics[key] && incoming.basics[key]) {
      basics[key] = incoming.basics[key];
      changed = true;
    }
  }
  for (const key of ['address', 'postalCode', 'city', 'countryCode', 'region'] as const) {
    if (!basics.location[key] && incoming.basics.location[key]) {
      basics.location[key] = incoming.basics.location[key];
      changed = true;
    }
  }
  const linkKey = (l: { url: string; network?: string | undefined; username?: string | undefined }) =>
    normKey(l.url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '')) ||
    `${normKey(l.network)}|${normKey(l.username)}`;
  const seen = new Set(basics.profiles.map(linkKey));
  let addedLinks = 0;
  for (const link of incoming.basics.profiles) {
    if (seen.has(linkKey(link))) continue;
    seen.add(linkKey(link));
    basics.profiles.push(link);
    addedLinks++;
  }
  return { basics, changed: changed || addedLinks > 0, addedLinks };
}
