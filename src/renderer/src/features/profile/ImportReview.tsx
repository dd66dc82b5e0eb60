import { Check, GitMerge, TriangleAlert, X } from 'lucide-react';
import type { Basics, Profile } from '../../../../shared/domain/profile';
import { IMPORT_FORMAT_LABELS } from '../../../../shared/domain/profile-import';
import { Button } from '../../components/ui/button';
import { Card, CardTitle } from '../../components/ui/card';
import { Field } from '../../components/ui/field';
import { Input, Textarea } from '../../components/ui/input';
import { notify } from '../../components/ui/toaster';
import { cn } from '../../lib/cn';
import { ImproveWithModel } from './ImportImprove';
import { useImport } from './import-store';
import { useProfile } from './profile-store';
import { ProfileSectionsEditor } from './sections/ProfileSectionsEditor';

const BASIC_FIELDS: { key: 'name' | 'label' | 'email' | 'phone' | 'url'; label: string }[] = [
  { key: 'name', label: 'Full name' },
  { key: 'label', label: 'Headline' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'url', label: 'Website' },
];

function ReviewBasics({ basics, uncertain, onChange }: { basics: Basics; uncertain: Set<string>; onChange(b: Basics): void }) {
  const mark = (path: string) => (uncertain.has(path) ? 'border-warning bg-warning/10' : undefined);
  const hint = (path: string) => (uncertain.has(path) ? 'Jobsmith was not sure about this: please check it.' : undefined);
  return (
    <Card className="flex flex-col gap-3" aria-label="Parsed basics">
      <CardTitle>Basics</CardTitle>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        {BASIC_FIELDS.map((f) => (
          <Field key={f.key} label={f.label} hint={hint(`basics.${f.key}`)}>
            <Input className={mark(`basics.${f.key}`)} value={basics[f.key]} onChange={(e) => onChange({ ...basics, [f.key]: e.target.value })} />
          </Field>
        ))}
        <Field label="City" hint={hint('basics.location')}>
          <Input className={mark('basics.location')} value={basics.location.city ?? ''} onChange={(e) => onChange({ ...basics, location: { ...basics.location, city: e.target.value } })} />
        </Field>
      </div>
      <Field label="Summary" hint={hint('basics.summary')}>
        <Textarea className={mark('basics.summary')} value={basics.summary} onChange={(e) => onChange({ ...basics, summary: e.target.value })} />
      </Field>
      {basics.profiles.length ? <p className="text-xs text-fg-muted">Links: {basics.profiles.map((p) => p.url || p.username).join(' · ')}</p> : null}
    </Card>
  );
}

/** The review step: the parsed profile (editable, unsure fields marked) beside the document's text. */
export function ImportReview() {
  const { preview, draft, uncertain, phase, error, setDraft, apply, discard } = useImport();
  const hasProfile = useProfile((s) => !!s.snapshot && !s.snapshot.isEmpty);
  if (!preview || !draft) return null;
  const unsureCount = uncertain.size;

  async function save(mode: 'replace' | 'merge') {
    const saved = await apply(mode);
    if (saved) notify({ level: 'success', title: mode === 'merge' ? 'Import merged into your profile' : 'Profile saved from your CV', body: 'A new version was recorded; see Versions to compare or restore.' });
  }

  return (
    <section aria-label="Review import" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-accent/30 bg-accent/5 p-4">
        <div className="text-sm">
          <p className="font-medium">Review what Jobsmith read from {preview.fileName}</p>
          <p className="text-fg-muted">
            {IMPORT_FORMAT_LABELS[preview.format]} · parsed in {preview.ms} ms ·{' '}
            {unsureCount ? <span className="text-warning">{unsureCount} field{unsureCount === 1 ? '' : 's'} to check (marked)</span> : 'nothing marked as unsure'}
            . Fix anything wrong, then save. Nothing is stored until you do.
          </p>
        </div>
        <div className="flex gap-2">
          <Button variant="ghost" onClick={discard} disabled={phase === 'saving'}>
            <X /> Discard
          </Button>
          {hasProfile ? (
            <Button variant="secondary" onClick={() => void save('merge')} disabled={phase === 'saving'}>
              <GitMerge /> Merge into my profile
            </Button>
          ) : null}
          <Button onClick={() => void save('replace')} disabled={phase === 'saving'}>
            <Check /> {hasProfile ? 'Replace my profile' : 'Save profile'}
          </Button>
        </div>
      </div>
      {error ? <p role="alert" className="rounded-md border border-danger/40 bg-danger/10 p-3 text-sm text-danger">{error}</p> : null}
      {preview.warnings.length ? (
        <ul className="flex flex-col gap-1 rounded-md border border-warning/40 bg-warning/10 p-3 text-sm">
          {preview.warnings.map((w) => (
            <li key={w} className="flex gap-2"><TriangleAlert className="mt-0.5 size-4 shrink-0 text-warning" />{w}</li>
          ))}
        </ul>
      ) : null}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-4">
          <ImproveWithModel />
          <ReviewBasics basics={draft.basics} uncertain={uncertain} onChange={(basics) => setDraft({ ...draft, basics } as Profile)} />
          <ProfileSectionsEditor profile={draft} uncertain={uncertain} onChange={setDraft} only="non-empty" />
        </div>
        <Card className="min-w-0 lg:sticky lg:top-4 lg:self-start" aria-label="Document text">
          <CardTitle>Document text</CardTitle>
          <pre className={cn('mt-3 max-h-[75vh] overflow-auto whitespace-pre-wrap break-words font-sans text-xs leading-relaxed text-fg-muted')}>
            {preview.text || '(This format has no document text to show.)'}
          </pre>
        </Card>
      </div>
    </section>
  );
}
