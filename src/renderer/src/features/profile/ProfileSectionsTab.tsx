import type { Highlight } from '../../../../shared/domain/profile';
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
        onChange={(next) => edit(next, 'sections')}
        focusEntry={focusEntry}
      />
    </BulletUndoContext.Provider>
  );
}
