import type { Basics } from '../../../../shared/domain/profile';
import { Card, CardTitle } from '../../components/ui/card';
import { Field } from '../../components/ui/field';
import { Input, Textarea } from '../../components/ui/input';
import { LinksEditor } from './LinksEditor';
import { useProfile } from './profile-store';

/** The profile basics: name, headline, contact, location, links, summary. Saved as you type, like every part of the profile. */
export function BasicsForm() {
  const basics = useProfile((s) => s.draft?.basics);
  const errors = useProfile((s) => s.fieldErrors);
  if (!basics) return null;
  const set = <K extends keyof Basics>(key: K, value: Basics[K]) => {
    const { draft, edit } = useProfile.getState();
    if (draft) edit({ ...draft, basics: { ...draft.basics, [key]: value } }, `basics.${key}`);
  };
  const setLocation = (key: 'city' | 'region' | 'countryCode', value: string) =>
    set('location', { ...basics.location, [key]: value });

  return (
    <form noValidate onSubmit={(e) => e.preventDefault()} aria-label="Profile basics">
      <Card className="flex flex-col gap-5">
        <CardTitle>Basics</CardTitle>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Field label="Full name" error={errors.name}>
            <Input value={basics.name} autoComplete="name" onChange={(e) => set('name', e.target.value)} />
          </Field>
          <Field label="Headline" hint="e.g. Senior Backend Engineer" error={errors.label}>
            <Input data-fact-id="basics.label" value={basics.label} onChange={(e) => set('label', e.target.value)} />
          </Field>
          <Field label="Email" error={errors.email}>
            <Input
              type="email"
              value={basics.email}
              autoComplete="email"
              onChange={(e) => set('email', e.target.value)}
            />
          </Field>
          <Field label="Phone" error={errors.phone}>
            <Input type="tel" value={basics.phone} autoComplete="tel" onChange={(e) => set('phone', e.target.value)} />
          </Field>
          <Field label="City" error={errors['location.city']}>
            <Input value={basics.location.city ?? ''} onChange={(e) => setLocation('city', e.target.value)} />
          </Field>
          <div className="grid grid-cols-2 gap-4">
            <Field label="Region" error={errors['location.region']}>
              <Input value={basics.location.region ?? ''} onChange={(e) => setLocation('region', e.target.value)} />
            </Field>
            <Field label="Country" hint="e.g. DE, US" error={errors['location.countryCode']}>
              <Input
                value={basics.location.countryCode ?? ''}
                onChange={(e) => setLocation('countryCode', e.target.value)}
              />
            </Field>
          </div>
          <Field label="Website" error={errors.url}>
            <Input type="url" value={basics.url} placeholder="https://" onChange={(e) => set('url', e.target.value)} />
          </Field>
        </div>
        <LinksEditor links={basics.profiles} onChange={(links) => set('profiles', links)} />
        <Field label="Summary" hint="Two or three sentences about what you do best." error={errors.summary}>
          <Textarea
            data-fact-id="basics.summary"
            value={basics.summary}
            onChange={(e) => set('summary', e.target.value)}
          />
        </Field>
      </Card>
    </form>
  );
}
