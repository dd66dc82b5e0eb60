import { ArrowDownToLine, Check, GitMerge, TriangleAlert, X } from 'lucide-react';
import type { Basics, Profile } from '../../../../shared/domain/profile';
import { IMPORT_FORMAT_LABELS } from '../../../../shared/domain/profile-import';
import { Button } from '../../components/ui/button';
import { Card, CardTitle } from '../../components/ui/card';
import { Field } from '../../components/ui/field';
import { Input, Textarea } from '../../components/ui/input';
import { notify } from '../../components/ui/toaster';
import { cn } from '../../lib/cn';
import { ImproveWithModel } from './ImportImprove';
import { ImportPlan } from './ImportPlan';
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

function ReviewBasics({
  basics,
  uncertain,
  onChange,
}: {
  basics: Basics;
  uncertain: Set<string>;
  onChange(b: Basics): void;
}) {
  const mark = (path: string) => (uncertain.has(path) ? 'border-warning bg-warning/10' : undefined);
  const hint = (path: string) =>
    uncertain.has(path) ? 'Jobsmith was not sure about this: please check it.' : undefined;
  return (
    <Card className="flex flex-col gap-3" aria-label="Parsed basics">
      <CardTitle>Basics</CardTitle>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        {BASIC_FIELDS.map((f) => (
          <div key={f.key} data-uncertain={uncertain.has(`basics.${f.key}`) || undefined}>
            <Field label={f.label} hint={hint(`basics.${f.key}`)}>
              <Input
                className={mark(`basics.${f.key}`)}
                value={basics[f.key]}
                onChange={(e) => onChange({ ...basics, [f.key]: e.target.value })}
              />
            </Field>
          </div>
        ))}
        <Field label="City" hint={hint('basics.location')}>
          <Input
            className={mark('basics.location')}
            value={basics.location.city ?? ''}
            onChange={(e) => onChange({ ...basics, location: { ...basics.location, city: e.target.value } })}
          />
        </Field>
      </div>
      <Field label="Summary" hint={hint('basics.summary')}>
        <Textarea
          className={mark('basics.summary')}
          value={basics.summary}
          onChange={(e) => onChange({ ...basics, summary: e.target.value })}
        />
      </Field>
      {basics.profiles.length ? (
        <p className="text-xs text-fg-muted">Links: {basics.profiles.map((p) => p.url || p.username).join(' · ')}</p>
      ) : null}
    </Card>
  );
}

/** The review step: the parsed profile (editable, unsure fields marked) beside the document's text. */
const sameName = (a: string, b: string) =>
  a.trim().toLowerCase().replace(/\s+/g, ' ') === b.trim().toLowerCase().replace(/\s+/g, ' ');

/** Moves to the next field still flagged "to check" (after the focused one, wrapping round). */
function focusNextFlagged() {
  const flagged = [
    ...document.querySelectorAll<HTMLElement>('[aria-label="Review import"] [data-uncertain] :is(input, textarea)'),
  ];
  if (!flagged.length) return;
  const at = flagged.findIndex((el) => el === document.activeElement);
  const next = flagged[(at + 1) % flagged.length]!;
  next.scrollIntoView({ block: 'center', behavior: 'smooth' });
  next.focus({ preventScroll: true });
}

/** The review step: the parsed profile (editable, unsure fields marked) beside the document's text. */
export function ImportReview() {
  const { preview, draft, uncertain, phase, error, plan, planning, setDraft, apply, discard, planFor, clearPlan } =
    useImport();
  const current = useProfile((s) => (s.snapshot && !s.snapshot.isEmpty ? s.snapshot.profile : null));
  if (!preview || !draft) return null;
  const hasProfile = !!current;
  const unsureCount = uncertain.size;
  const otherPerson =
    current && current.basics.name && draft.basics.name && !sameName(current.basics.name, draft.basics.name)
      ? current.basics.name
      : null;

  async function save(mode: 'replace' | 'merge') {
    const saved = await apply(mode);
    if (saved)
      notify({
        level: 'success',
        title: mode === 'merge' ? 'Import merged into your profile' : 'Profile saved from your CV',
        body: 'A new version was recorded; see Versions to compare or restore.',
      });
  }
  const busy = phase === 'saving' || planning;

  return (
    <section aria-label="Review import" className="flex flex-col gap-4">
      <div className="flex flex-col gap-3 rounded-lg border border-accent/30 bg-accent/5 p-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0 flex-1 text-sm">
            <p className="font-medium">Review what Jobsmith read from {preview.fileName}</p>
            <p className="text-fg-muted">
              {IMPORT_FORMAT_LABELS[preview.format]} · parsed in {preview.ms} ms ·{' '}
              {unsureCount ? (
                <span className="text-warning" role="status">
                  {unsureCount} field{unsureCount === 1 ? '' : 's'} to check (marked)
                </span>
              ) : (
                <span role="status">nothing left to check</span>
              )}
              . Fix anything wrong, then save. Nothing is stored until you do.
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            {unsureCount ? (
              <Button variant="secondary" onClick={focusNextFlagged}>
                <ArrowDownToLine /> Next field to check
              </Button>
            ) : null}
            <Button variant="ghost" onClick={discard} disabled={busy}>
              <X /> Discard
            </Button>
            {hasProfile ? (
              <>
                <Button variant="secondary" onClick={() => void planFor('replace')} disabled={busy}>
                  Replace my profile…
                </Button>
                <Button onClick={() => void planFor('merge')} disabled={busy}>
                  <GitMerge /> Merge into my profile…
                </Button>
              </>
            ) : (
              <Button onClick={() => void save('replace')} disabled={busy}>
                <Check /> Save profile
              </Button>
            )}
          </div>
        </div>
        {otherPerson ? (
          <p role="alert" className="flex gap-2 rounded-md border border-warning/40 bg-warning/10 p-2 text-sm">
            <TriangleAlert className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden />
            This CV is for “{draft.basics.name}”, but your profile is “{otherPerson}”. Merging would mix two people's
            histories: check that this is your CV.
          </p>
        ) : null}
        {plan ? (
          <div className="flex flex-col gap-3 rounded-md border border-border bg-surface p-3">
            <ImportPlan diff={plan.diff} mode={plan.mode} />
            <div className="flex justify-end gap-2">
              <Button variant="ghost" onClick={clearPlan} disabled={busy}>
                Back to the review
              </Button>
              <Button
                variant={plan.mode === 'replace' ? 'danger' : 'primary'}
                onClick={() => void save(plan.mode)}
                disabled={busy}
              >
                <Check /> {plan.mode === 'merge' ? 'Merge and save' : 'Replace and save'}
              </Button>
            </div>
          </div>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="rounded-md border border-danger/40 bg-danger/10 p-3 text-sm text-danger">
          {error}
        </p>
      ) : null}
      {preview.warnings.length ? (
        <ul className="flex flex-col gap-1 rounded-md border border-warning/40 bg-warning/10 p-3 text-sm">
          {preview.warnings.map((w) => (
            <li key={w} className="flex gap-2">
              <TriangleAlert className="mt-0.5 size-4 shrink-0 text-warning" />
              {w}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-4">
          <ImproveWithModel />
          <ReviewBasics
            basics={draft.basics}
            uncertain={uncertain}
            onChange={(basics) => setDraft({ ...draft, basics } as Profile)}
          />
          <ProfileSectionsEditor profile={draft} uncertain={uncertain} onChange={setDraft} only="non-empty" />
        </div>
        <Card className="min-w-0 lg:sticky lg:top-4 lg:self-start" aria-label="Document text">
          <CardTitle>Document text</CardTitle>
          <pre
            className={cn(
              'mt-3 max-h-[75vh] overflow-auto whitespace-pre-wrap break-words font-sans text-xs leading-relaxed text-fg-muted',
            )}
          >
            {preview.text || '(This format has no document text to show.)'}
          </pre>
        </Card>
      </div>
    </section>
  );
}
