import { Undo2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { Profile, ProfileSection } from '../../../../../shared/domain/profile';
import { Button } from '../../../components/ui/button';
import { SECTION_DEFS, entryTitle } from './section-fields';
import { SectionEditor } from './SectionEditor';

type Entry = Record<string, unknown> & { id: string };
interface Deleted {
  section: ProfileSection;
  entry: Entry;
  index: number;
  title: string;
}

/** Every section of a profile draft, each with its editor, and Undo for the last deletion. */
export function ProfileSectionsEditor({
  profile,
  uncertain,
  onChange,
  only,
  focusEntry,
}: {
  profile: Profile;
  uncertain: Set<string>;
  onChange(profile: Profile): void;
  /** Show only sections with entries (plus the main ones), as the review screen does. */
  only?: 'non-empty';
  /** The entry to open, e.g. the one holding the fact a match evidence link points at. */
  focusEntry?: string | undefined;
}) {
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const setSection = (section: ProfileSection, entries: Entry[]) =>
    onChange({ ...profile, [section]: entries } as Profile);
  function undo() {
    if (!deleted) return;
    const list = [...(profile[deleted.section] as Entry[])];
    list.splice(Math.min(deleted.index, list.length), 0, deleted.entry);
    setSection(deleted.section, list);
    setDeleted(null);
  }
  const main = new Set<ProfileSection>(['work', 'education', 'skills']);
  const defs =
    only === 'non-empty'
      ? SECTION_DEFS.filter((d) => main.has(d.section) || profile[d.section].length > 0)
      : SECTION_DEFS;

  return (
    <div className="flex flex-col gap-4">
      {defs.map((def) => (
        <SectionEditor
          key={def.section}
          def={def}
          entries={profile[def.section] as Entry[]}
          uncertain={uncertain}
          focusEntry={focusEntry}
          onChange={(entries) => setSection(def.section, entries)}
          onDelete={(entry, index) => {
            clearTimeout(timer.current);
            setDeleted({ section: def.section, entry, index, title: entryTitle(def, entry) });
            timer.current = setTimeout(() => setDeleted(null), 10_000);
          }}
        />
      ))}
      {deleted ? (
        <div
          role="status"
          className="fixed bottom-6 left-1/2 z-50 flex -translate-x-1/2 items-center gap-3 rounded-lg border border-border bg-surface px-4 py-2 text-sm shadow-lg"
        >
          <span>Deleted “{deleted.title}”.</span>
          <Button size="sm" variant="secondary" onClick={undo}>
            <Undo2 /> Undo
          </Button>
        </div>
      ) : null}
    </div>
  );
}
