import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { Card, CardTitle } from '../../components/ui/card';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { useJobs } from './jobs-store';

/** The fields guessed from a paste, for the user to check before the job is saved. */
export function CapturePreviewCard() {
  const { preview, savePreview, discardPreview, capturing } = useJobs();
  const draft = preview?.result.draft;
  const [title, setTitle] = useState(draft?.title ?? '');
  const [company, setCompany] = useState(draft?.company ?? '');
  const [location, setLocation] = useState(draft?.locations.join('; ') ?? '');
  if (!preview || !draft) return null;
  const guessed = (field: string) => (preview.result.uncertain.includes(field) ? 'Guessed from the text: please check.' : undefined);
  return (
    <Card aria-label="Check the captured job" className="flex flex-col gap-4">
      <CardTitle>Check the job before saving</CardTitle>
      {preview.result.duplicateOf ? <p className="text-sm text-fg-muted">This posting is already saved as “{preview.result.duplicateOf.title}”; saving records this capture on it.</p> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Title" hint={guessed('title')}><Input value={title} onChange={(e) => setTitle(e.target.value)} /></Field>
        <Field label="Company" hint={guessed('company')}><Input value={company} onChange={(e) => setCompany(e.target.value)} /></Field>
        <Field label="Location" hint={guessed('location')}><Input value={location} onChange={(e) => setLocation(e.target.value)} /></Field>
      </div>
      <p className="line-clamp-4 whitespace-pre-line text-sm text-fg-muted">{draft.descriptionText}</p>
      <ul className="text-xs text-fg-muted">{draft.captureLog.map((e, i) => <li key={i}>{e.level === 'warning' ? '⚠ ' : ''}{e.message}</li>)}</ul>
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={discardPreview}>Discard</Button>
        <Button disabled={capturing || !title.trim()} onClick={() => void savePreview({ title: title.trim(), company: company.trim(), locations: location.split(';').map((l) => l.trim()).filter(Boolean) })}>Save job</Button>
      </div>
    </Card>
  );
}
