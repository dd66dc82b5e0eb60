import { Save } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { Profile } from '../../../../shared/domain/profile';
import { Button } from '../../components/ui/button';
import { notify } from '../../components/ui/toaster';
import { api } from '../../lib/api';
import { useProfile } from './profile-store';
import { ProfileSectionsEditor } from './sections/ProfileSectionsEditor';

const NO_UNCERTAINTY = new Set<string>();

/** Experience, education, skills and the rest of the stored profile, edited as one draft. */
export function ProfileSectionsTab({ profile, focusEntry }: { profile: Profile; focusEntry?: string | undefined }) {
  const [draft, setDraft] = useState(profile);
  const [saving, setSaving] = useState(false);
  const dirty = JSON.stringify(draft) !== JSON.stringify(profile);

  async function save() {
    setSaving(true);
    // Keep the basics as stored: they have their own form.
    const result = await api.call('profile.save', { profile: { ...draft, basics: profile.basics } });
    setSaving(false);
    if (result.ok) {
      useProfile.setState({ snapshot: result.value, error: null });
      notify({ level: 'success', title: 'Profile saved' });
    } else {
      notify({ level: 'error', title: 'Not saved', body: result.error.message });
    }
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's' && dirty) {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div className="flex flex-col gap-4">
      <div className="sticky top-0 z-30 flex items-center justify-end gap-3 bg-bg/90 py-2 backdrop-blur">
        <span className="text-xs text-fg-muted" aria-live="polite">{dirty ? 'Unsaved changes' : 'All changes saved'}</span>
        <Button variant="ghost" disabled={!dirty || saving} onClick={() => setDraft(profile)}>Revert</Button>
        <Button disabled={!dirty || saving} onClick={() => void save()}>
          <Save /> {saving ? 'Saving…' : 'Save changes'}
        </Button>
      </div>
      <ProfileSectionsEditor profile={draft} uncertain={NO_UNCERTAINTY} onChange={setDraft} focusEntry={focusEntry} />
    </div>
  );
}
