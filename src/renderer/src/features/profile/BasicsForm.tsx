import { Save } from 'lucide-react';
import { useEffect, useState, type FormEvent } from 'react';
import type { BasicsInput } from '../../../../shared/contract';
import type { Basics } from '../../../../shared/domain/profile';
import { Button } from '../../components/ui/button';
import { Card, CardTitle } from '../../components/ui/card';
import { Field } from '../../components/ui/field';
import { Input, Textarea } from '../../components/ui/input';
import { notify } from '../../components/ui/toaster';
import { errorMessage } from '../../lib/api';
import { LinksEditor } from './LinksEditor';
import { useProfile } from './profile-store';

function toInput(b: Basics): BasicsInput {
  return {
    name: b.name,
    label: b.label,
    email: b.email,
    phone: b.phone,
    url: b.url,
    summary: b.summary,
    location: { city: b.location.city ?? '', region: b.location.region ?? '', countryCode: b.location.countryCode ?? '' },
    profiles: b.profiles,
  };
}

/** The profile basics: name, headline, contact, location, links, summary. Ctrl/⌘+S saves. */
export function BasicsForm({ basics }: { basics: Basics }) {
  const saveBasics = useProfile((s) => s.saveBasics);
  const [draft, setDraft] = useState<BasicsInput>(() => toInput(basics));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  // The parent remounts this form (key) whenever a new profile is saved, so `basics` is the saved state.
  const dirty = JSON.stringify(draft) !== JSON.stringify(toInput(basics));

  const set = <K extends keyof BasicsInput>(key: K, value: BasicsInput[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setLocation = (key: 'city' | 'region' | 'countryCode', value: string) =>
    setDraft((d) => ({ ...d, location: { ...d.location, [key]: value } }));

  async function save(event?: FormEvent) {
    event?.preventDefault();
    setSaving(true);
    try {
      const fieldErrors = await saveBasics(draft);
      setErrors(fieldErrors ?? {});
      if (fieldErrors) notify({ level: 'error', title: 'Not saved', body: 'Check the highlighted fields.' });
      else notify({ level: 'success', title: 'Profile saved' });
    } catch (error) {
      notify({ level: 'error', title: 'Could not save your profile', body: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <form noValidate onSubmit={(e) => void save(e)} aria-label="Profile basics">
      <Card className="flex flex-col gap-5">
        <div className="flex items-center justify-between">
          <CardTitle>Basics</CardTitle>
          <span className="text-xs text-fg-muted" aria-live="polite">
            {dirty ? 'Unsaved changes' : 'All changes saved'}
          </span>
        </div>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Field label="Full name" error={errors.name}>
            <Input value={draft.name} autoComplete="name" onChange={(e) => set('name', e.target.value)} />
          </Field>
          <Field label="Headline" hint="e.g. Senior Backend Engineer" error={errors.label}>
            <Input data-fact-id="basics.label" value={draft.label} onChange={(e) => set('label', e.target.value)} />
          </Field>
          <Field label="Email" error={errors.email}>
            <Input type="email" value={draft.email} autoComplete="email" onChange={(e) => set('email', e.target.value)} />
          </Field>
          <Field label="Phone" error={errors.phone}>
            <Input type="tel" value={draft.phone} autoComplete="tel" onChange={(e) => set('phone', e.target.value)} />
          </Field>
          <Field label="City" error={errors['location.city']}>
            <Input value={draft.location.city ?? ''} onChange={(e) => setLocation('city', e.target.value)} />
          </Field>
          <div className="grid grid-cols-2 gap-4">
            <Field label="Region" error={errors['location.region']}>
              <Input value={draft.location.region ?? ''} onChange={(e) => setLocation('region', e.target.value)} />
            </Field>
            <Field label="Country" hint="e.g. DE, US" error={errors['location.countryCode']}>
              <Input value={draft.location.countryCode ?? ''} onChange={(e) => setLocation('countryCode', e.target.value)} />
            </Field>
          </div>
          <Field label="Website" error={errors.url}>
            <Input type="url" value={draft.url} placeholder="https://" onChange={(e) => set('url', e.target.value)} />
          </Field>
        </div>
        <LinksEditor links={draft.profiles} onChange={(links) => set('profiles', links)} />
        <Field label="Summary" hint="Two or three sentences about what you do best." error={errors.summary}>
          <Textarea data-fact-id="basics.summary" value={draft.summary} onChange={(e) => set('summary', e.target.value)} />
        </Field>
        <div className="flex justify-end">
          <Button type="submit" disabled={saving || !dirty}>
            <Save /> {saving ? 'Saving…' : 'Save profile'}
          </Button>
        </div>
      </Card>
    </form>
  );
}
