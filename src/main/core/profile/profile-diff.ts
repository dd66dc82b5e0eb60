import { PROFILE_SECTIONS, type Profile, type ProfileSection } from '../../../shared/domain/profile';
import type { EntryChange, FieldChange, ProfileDiff } from '../../../shared/domain/profile-import';
import { normKey } from './merge';

/**
 * The differences between two versions of the profile, for the versions view: basics field by field,
 * then entries per section (matched by id, or by their identifying text when ids differ, as after a
 * replacing import).
 */
type Entry = Record<string, unknown> & { id: string };

const SECTION_TITLE_FIELDS: Record<ProfileSection, string[]> = {
  work: ['position', 'name'],
  volunteer: ['position', 'organization'],
  education: ['studyType', 'area', 'institution'],
  awards: ['title'],
  certificates: ['name'],
  publications: ['name'],
  skills: ['name'],
  languages: ['language'],
  interests: ['name'],
  references: ['name'],
  projects: ['name'],
};

export function entryTitle(section: ProfileSection, e: Entry): string {
  const parts = SECTION_TITLE_FIELDS[section]
    .map((f) => e[f])
    .filter((v): v is string => typeof v === 'string' && v.length > 0);
  return parts.join(' · ') || '(untitled)';
}

/** Renders a field value as one line of text for comparison and display. */
export function showValue(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (Array.isArray(v))
    return v
      .map((x) => (x && typeof x === 'object' && 'text' in x ? String((x as { text: unknown }).text) : showValue(x)))
      .join('\n');
  if (typeof v === 'object')
    return Object.entries(v as Record<string, unknown>)
      .filter(([k, x]) => k !== 'id' && showValue(x))
      .map(([k, x]) => `${k}: ${showValue(x)}`)
      .join(', ');
  return String(v);
}

type Fact = { id: string; text?: unknown };
const isFactList = (v: unknown): v is Fact[] =>
  Array.isArray(v) && v.every((x) => x && typeof x === 'object' && typeof (x as Fact).id === 'string');

/**
 * Lists of facts with ids (bullets) are compared by id: adding one bullet shows that bullet alone,
 * not the whole list struck through and added again.
 */
function factChanges(field: string, a: Fact[], b: Fact[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const after of b) {
    const before = a.find((x) => x.id === after.id);
    const [was, now] = [before ? showValue(before.text ?? before) : '', showValue(after.text ?? after)];
    if (was !== now) changes.push({ field: before ? field : `${field} (added)`, before: was, after: now });
  }
  for (const before of a) {
    if (!b.some((x) => x.id === before.id))
      changes.push({ field: `${field} (removed)`, before: showValue(before.text ?? before), after: '' });
  }
  const order = (list: Fact[], other: Fact[]) =>
    list
      .filter((x) => other.some((o) => o.id === x.id))
      .map((x) => x.id)
      .join();
  if (!changes.length && order(a, b) !== order(b, a))
    changes.push({ field: `${field} (order)`, before: showValue(a), after: showValue(b) });
  return changes;
}

function fieldChanges(a: Record<string, unknown>, b: Record<string, unknown>, prefix = ''): FieldChange[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => k !== 'id');
  return keys.flatMap((k) => {
    const [x, y] = [a[k], b[k]];
    if (isFactList(x) && isFactList(y) && (x.length || y.length)) return factChanges(prefix + k, x, y);
    const change = { field: prefix + k, before: showValue(x), after: showValue(y) };
    return change.before !== change.after ? [change] : [];
  });
}

export function diffProfiles(from: Profile, to: Profile, ids: { from: number; to: number }): ProfileDiff {
  const { profiles: linksA, ...basicsA } = from.basics;
  const { profiles: linksB, ...basicsB } = to.basics;
  const basics = [
    ...fieldChanges(basicsA as Record<string, unknown>, basicsB as Record<string, unknown>),
    ...fieldChanges({ profiles: linksA.map((l) => l.url) }, { profiles: linksB.map((l) => l.url) }),
  ];
  const entries: EntryChange[] = [];
  for (const section of PROFILE_SECTIONS) {
    const before = from[section] as Entry[];
    const after = to[section] as Entry[];
    const key = (e: Entry) => normKey(entryTitle(section, e));
    const matched = new Set<Entry>();
    for (const b of after) {
      const a =
        before.find((x) => x.id === b.id && !matched.has(x)) ??
        before.find((x) => !matched.has(x) && key(x) === key(b));
      if (!a) {
        entries.push({ section, kind: 'added', title: entryTitle(section, b), fields: fieldChanges({}, b) });
        continue;
      }
      matched.add(a);
      const fields = fieldChanges(a, b);
      if (fields.length) entries.push({ section, kind: 'changed', title: entryTitle(section, b), fields });
    }
    for (const a of before) {
      if (!matched.has(a))
        entries.push({ section, kind: 'removed', title: entryTitle(section, a), fields: fieldChanges(a, {}) });
    }
    // Same entries in a different order (a drag in the editor) is a change too.
    const kept = (list: Entry[], other: Entry[]) =>
      list.filter((e) => other.some((o) => o.id === e.id)).map((e) => e.id);
    const orderBefore = kept(before, after);
    const orderAfter = kept(after, before);
    if (orderBefore.join() !== orderAfter.join()) {
      const titles = (ids: string[], list: Entry[]) =>
        ids
          .map((id) =>
            entryTitle(
              section,
              list.find((e) => e.id === id)!,
            ),
          )
          .join('\n');
      entries.push({
        section,
        kind: 'changed',
        title: 'order',
        fields: [{ field: 'order', before: titles(orderBefore, before), after: titles(orderAfter, after) }],
      });
    }
  }
  return { from: ids.from, to: ids.to, basics, entries };
}
