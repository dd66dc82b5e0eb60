import { PROFILE_SECTIONS, type Highlight, type Profile } from '../../../../shared/domain/profile';
import { notify } from '../../components/ui/toaster';
import { useProfile } from './profile-store';
import { BulletUndoContext } from './sections/bullet-undo';
import { ProfileSectionsEditor } from './sections/ProfileSectionsEditor';

const NO_UNCERTAINTY = new Set<string>();

/** A removed bullet gets an Undo toast that puts that bullet back, whatever was edited since. */
function offerBulletUndo(entryId: string, field: string, bullet: Highlight, index: number) {
  if (!bullet.text.trim()) return;
  notify({
    level: 'info',
    title: 'Line removed',
    body: bullet.text.length > 80 ? `${bullet.text.slice(0, 80)}…` : bullet.text,
    durationMs: 8_000,
    action: { label: 'Undo', run: () => useProfile.getState().restoreBullet(entryId, field, bullet, index) },
  });
}

/**
 * The shape of the sections: which entries and lines exist, in what order. Typing keeps it; adding,
 * removing or moving an entry or a line changes it.
 */
function structureOf(profile: Profile): string {
  return JSON.stringify(
    PROFILE_SECTIONS.map((section) =>
      (profile[section] as { id: string; highlights?: Highlight[]; courses?: Highlight[] }[]).map((entry) => [
        entry.id,
        (entry.highlights ?? entry.courses ?? []).map((h) => h.id),
      ]),
    ),
  );
}

/** Experience, education, skills and the rest of the profile: edited in place, saved as you go. */
export function ProfileSectionsTab({ focusEntry }: { focusEntry?: string | undefined }) {
  const draft = useProfile((s) => s.draft);
  const edit = useProfile((s) => s.edit);
  if (!draft) return null;
  return (
    <BulletUndoContext.Provider value={offerBulletUndo}>
      <ProfileSectionsEditor
        profile={draft}
        uncertain={NO_UNCERTAINTY}
        // Typing in one place is one undo step; adding, removing or moving something is always its own.
        onChange={(next) => edit(next, structureOf(next) === structureOf(draft) ? 'sections' : undefined)}
        focusEntry={focusEntry}
      />
    </BulletUndoContext.Provider>
  );
}
