import type { ProfileDiff } from '../../../../shared/domain/profile-import';

const SECTION_NAMES: Record<string, string> = {
  work: 'Experience',
  education: 'Education',
  skills: 'Skills',
  projects: 'Projects',
  volunteer: 'Volunteering',
  awards: 'Awards',
  certificates: 'Certificates',
  publications: 'Publications',
  languages: 'Languages',
  interests: 'Interests',
  references: 'References',
};
const FIELD_NAMES: Record<string, string> = {
  name: 'name',
  label: 'headline',
  email: 'email',
  phone: 'phone',
  url: 'website',
  summary: 'summary',
  location: 'location',
  profiles: 'links',
};

/** What saving the import will change in the stored profile, in words: added, changed and removed entries. */
export function ImportPlan({ diff, mode }: { diff: ProfileDiff; mode: 'merge' | 'replace' }) {
  const count = (kind: 'added' | 'changed' | 'removed') =>
    diff.entries.filter((e) => e.kind === kind && e.title !== 'order');
  const [added, changed, removed] = [count('added'), count('changed'), count('removed')];
  if (!diff.basics.length && !diff.entries.length)
    return <p className="text-sm text-fg-muted">Saving changes nothing: your profile already holds all of this.</p>;
  const list = (items: typeof added) =>
    items.map((e) => `${e.title} (${SECTION_NAMES[e.section] ?? e.section})`).join('; ');
  return (
    <div className="flex flex-col gap-1 text-sm" aria-label="What will change">
      <p className="font-medium">{mode === 'merge' ? 'Merging will:' : 'Replacing will:'}</p>
      <ul className="ml-5 list-disc text-fg-muted">
        {diff.basics.length ? (
          <li>change your {diff.basics.map((c) => FIELD_NAMES[c.field] ?? c.field).join(', ')}</li>
        ) : null}
        {added.length ? (
          <li>
            add {added.length}: {list(added)}
          </li>
        ) : null}
        {changed.length ? (
          <li>
            update {changed.length}: {list(changed)}
          </li>
        ) : null}
        {removed.length ? (
          <li className="text-danger">
            remove {removed.length}: {list(removed)}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
