import { PROFILE_SECTIONS, type Profile, type ProfileSection } from '../../../../../shared/domain/profile';

/**
 * The parser reports unsure fields by path ("work.2.startDate", "basics.name", "skills"). Entries
 * can be reordered and deleted during review, so paths are turned into keys that follow the entry:
 * "<entry id>.<field>", "<entry id>" for a whole entry, "section:<name>" for a section, "basics.<field>".
 */
export function uncertainKeys(profile: Profile, paths: string[]): Set<string> {
  const keys = new Set<string>();
  for (const path of paths) {
    const [head, index, ...rest] = path.split('.');
    if (head === 'basics') {
      keys.add(path);
      continue;
    }
    if (!PROFILE_SECTIONS.includes(head as ProfileSection)) continue;
    const list = profile[head as ProfileSection] as { id: string }[];
    if (index === undefined) keys.add(`section:${head}`);
    else if (list[Number(index)])
      keys.add(rest.length ? `${list[Number(index)]!.id}.${rest[0]}` : list[Number(index)]!.id);
  }
  return keys;
}

type Entry = Record<string, unknown> & { id: string };

function valueAt(profile: Profile, key: string): { found: boolean; value: unknown } {
  if (key.startsWith('section:')) return { found: true, value: profile[key.slice(8) as ProfileSection] };
  if (key.startsWith('basics.')) {
    const field = key.split('.')[1] as keyof Profile['basics'];
    return { found: true, value: profile.basics[field] };
  }
  const [id, field] = key.split('.');
  for (const section of PROFILE_SECTIONS) {
    const entry = (profile[section] as Entry[]).find((e) => e.id === id);
    if (entry) return { found: true, value: field ? entry[field] : entry };
  }
  return { found: false, value: undefined };
}

/**
 * "Fields to check" that the user has dealt with: a flagged field that was edited, or whose entry
 * was deleted, is no longer flagged. Returns the same set when nothing changed.
 */
export function resolveEdited(uncertain: Set<string>, before: Profile, after: Profile): Set<string> {
  const left = new Set<string>();
  for (const key of uncertain) {
    const now = valueAt(after, key);
    if (now.found && JSON.stringify(valueAt(before, key).value) === JSON.stringify(now.value)) left.add(key);
  }
  return left.size === uncertain.size ? uncertain : left;
}
