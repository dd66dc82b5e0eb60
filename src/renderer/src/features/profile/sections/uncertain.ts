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
    else if (list[Number(index)]) keys.add(rest.length ? `${list[Number(index)]!.id}.${rest[0]}` : list[Number(index)]!.id);
  }
  return keys;
}
