import { Sparkles, TriangleAlert } from 'lucide-react';
import { CAPTURE_REVIEW_THRESHOLD, type CapturePreview, type FieldEvidence } from '../../../../shared/domain/job';

/** Where each captured field came from and how sure the capture is, as the preview shows it. */

const SOURCE_LABEL: Record<FieldEvidence['source'], string> = {
  'json-ld': 'structured data (JSON-LD)',
  'embedded-json': "the page's embedded data",
  microdata: 'structured data (microdata)',
  'site-rule': "the site's layout",
  'visible-text': "the page's text",
  document: 'the document',
  model: 'the model, and found word for word in the page text',
};

const FIELD_LABEL: Record<string, string> = {
  title: 'Title',
  company: 'Company',
  location: 'Location',
  remote: 'Work mode',
  employmentType: 'Type',
  salary: 'Salary',
  postedAt: 'Posted',
  description: 'Description',
};

export function isUnsure(preview: CapturePreview, field: string): boolean {
  const e = preview.evidence[field];
  return preview.uncertain.includes(field) || (e !== undefined && e.confidence < CAPTURE_REVIEW_THRESHOLD);
}

/** Whether model-assisted capture filled this field (the extraction itself had no sure value). */
export const isFromModel = (preview: CapturePreview, field: string): boolean =>
  preview.evidence[field]?.source === 'model';

/** A field's label, saying so when the model filled it. */
export const fieldLabel = (preview: CapturePreview, field: string): string =>
  `${FIELD_LABEL[field] ?? field}${isFromModel(preview, field) ? ' (filled by the model)' : ''}`;

/** The hint under a field: its source and confidence, and why it was changed or doubted. */
export function evidenceHint(preview: CapturePreview, field: string): string | undefined {
  const e = preview.evidence[field];
  if (!e) return preview.uncertain.includes(field) ? 'Not found on the page: please check.' : undefined;
  const sure = `From ${SOURCE_LABEL[e.source]}, ${Math.round(e.confidence * 100)}% sure`;
  // the model's own note only repeats the source
  const note = e.note && e.source !== 'model' ? `. ${e.note}` : '.';
  return `${sure}${note}${isUnsure(preview, field) ? ' Please check.' : ''}`;
}

/** The fields without an input in the preview (work mode, type, salary, date), with their evidence. */
export function CaptureEvidenceList({ preview, fields }: { preview: CapturePreview; fields: string[] }) {
  const shown = fields.filter((f) => preview.evidence[f] || preview.uncertain.includes(f));
  if (!shown.length) return null;
  return (
    <ul aria-label="Where the fields came from" className="flex flex-col gap-1 text-xs">
      {shown.map((field) => {
        const unsure = isUnsure(preview, field);
        return (
          <li
            key={field}
            data-unsure={unsure || undefined}
            className={`flex gap-2 rounded-md px-2 py-1 ${unsure ? 'border border-warning bg-warning/10' : 'text-fg-muted'}`}
          >
            {unsure ? (
              <TriangleAlert aria-label="Please check" className="mt-0.5 size-3.5 shrink-0 text-warning" />
            ) : null}
            <span className="font-medium">{FIELD_LABEL[field] ?? field}:</span>
            {isFromModel(preview, field) ? <ModelBadge /> : null}
            <span>{evidenceHint(preview, field)}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** The mark of a field the model filled. */
export function ModelBadge() {
  return (
    <span
      data-source="model"
      className="inline-flex h-fit shrink-0 items-center gap-1 rounded bg-accent/10 px-1.5 font-medium text-accent"
    >
      <Sparkles aria-hidden className="size-3" />
      Model
    </span>
  );
}
