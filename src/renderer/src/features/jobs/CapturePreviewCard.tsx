import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { Card, CardTitle } from '../../components/ui/card';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { CaptureEvidenceList, evidenceHint, fieldLabel, isUnsure } from './CaptureEvidence';
import { useJobs } from './jobs-store';

/** The captured fields, each with where it came from; unsure ones are marked for the user to check before saving. */
export function CapturePreviewCard() {
  const { preview, savePreview, discardPreview, capturing } = useJobs();
  const draft = preview?.result.draft;
  const [title, setTitle] = useState(draft?.title ?? '');
  const [company, setCompany] = useState(draft?.company ?? '');
  const [location, setLocation] = useState(draft?.locations.join('; ') ?? '');
  if (!preview || !draft) return null;
  const hint = (field: string) => evidenceHint(preview.result, field);
  const label = (field: string) => fieldLabel(preview.result, field);
  const mark = (field: string) => (isUnsure(preview.result, field) ? 'border-warning bg-warning/10' : undefined);
  return (
    <Card aria-label="Check the captured job" className="flex flex-col gap-4">
      <CardTitle>Check the job before saving</CardTitle>
      {preview.result.duplicateOf ? (
        <p className="text-sm text-fg-muted">
          This posting is already saved as “{preview.result.duplicateOf.title}”; saving records this capture on it.
        </p>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={label('title')} hint={hint('title')}>
          <Input className={mark('title')} value={title} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field label={label('company')} hint={hint('company')}>
          <Input className={mark('company')} value={company} onChange={(e) => setCompany(e.target.value)} />
        </Field>
        <Field label={label('location')} hint={hint('location')}>
          <Input className={mark('location')} value={location} onChange={(e) => setLocation(e.target.value)} />
        </Field>
      </div>
      <CaptureEvidenceList
        preview={preview.result}
        fields={['remote', 'employmentType', 'salary', 'postedAt', 'description']}
      />
      <p className="line-clamp-4 whitespace-pre-line text-sm text-fg-muted">{draft.descriptionText}</p>
      <ul className="text-xs text-fg-muted">
        {draft.captureLog.map((e, i) => (
          <li key={i}>
            {e.level === 'warning' ? '⚠ ' : ''}
            {e.message}
          </li>
        ))}
      </ul>
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={discardPreview}>
          Discard
        </Button>
        <Button
          disabled={capturing || !title.trim()}
          onClick={() =>
            void savePreview({
              title: title.trim(),
              company: company.trim(),
              locations: location
                .split(';')
                .map((l) => l.trim())
                .filter(Boolean),
            })
          }
        >
          Save job
        </Button>
      </div>
    </Card>
  );
}
