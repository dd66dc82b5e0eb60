import DOMPurify from 'dompurify';
import { ExternalLink, Trash2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { JobStatus, type JobDetail } from '../../../../shared/domain/job';
import { Button } from '../../components/ui/button';
import { Card, CardTitle } from '../../components/ui/card';
import { Input } from '../../components/ui/input';
import { GeneratePanel } from '../tailor/GeneratePanel';
import { notify } from '../../components/ui/toaster';
import { UNDO_DELETE_MS, useJobs } from './jobs-store';

const salaryText = (s: JobDetail['job']['salary']): string | null =>
  s
    ? `${s.currency ?? ''} ${s.min?.toLocaleString() ?? '?'}–${s.max?.toLocaleString() ?? '?'}${s.period ? ` a ${s.period}` : ''}`.trim()
    : null;

/** One job: editable facts, the clean description (DOMPurify before rendering), source and capture log. */
export function JobDetailView({ detail }: { detail: JobDetail }) {
  const { update, remove, undoRemove } = useJobs();
  const { job, captures } = detail;
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(job.title);
  const [company, setCompany] = useState(job.company);
  const [location, setLocation] = useState(job.locations.join('; '));
  const safeHtml = useMemo(
    () =>
      DOMPurify.sanitize(job.descriptionHtml, {
        USE_PROFILES: { html: true },
        FORBID_TAGS: ['style', 'img', 'form', 'input'],
        FORBID_ATTR: ['style'],
      }),
    [job.descriptionHtml],
  );
  const facts = [
    job.locations.join('; '),
    job.remote !== 'unknown' ? job.remote : null,
    job.employmentType?.replace('_', '-'),
    job.seniority,
    salaryText(job.salary),
    job.postedAt ? `posted ${new Date(job.postedAt).toLocaleDateString()}` : null,
  ].filter(Boolean);

  return (
    <Card className="flex flex-col gap-4" aria-label="Job detail">
      {editing ? (
        <form
          className="grid gap-2 sm:grid-cols-3"
          onSubmit={(e) => {
            e.preventDefault();
            void update(job.id, {
              title: title.trim() || job.title,
              company: company.trim(),
              locations: location
                .split(';')
                .map((l) => l.trim())
                .filter(Boolean),
            }).then(() => setEditing(false));
          }}
        >
          <Input aria-label="Title" value={title} onChange={(e) => setTitle(e.target.value)} />
          <Input aria-label="Company" value={company} onChange={(e) => setCompany(e.target.value)} />
          <Input aria-label="Location" value={location} onChange={(e) => setLocation(e.target.value)} />
          <div className="flex gap-2 sm:col-span-3">
            <Button type="submit" size="sm">
              Save
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <header className="flex items-start justify-between gap-3">
          <div>
            <CardTitle className="text-lg">{job.title}</CardTitle>
            <p className="text-sm text-fg-muted">{job.company || 'Company unknown'}</p>
            <p className="mt-1 text-xs text-fg-muted">{facts.join(' · ')}</p>
          </div>
          <div className="flex items-center gap-2">
            <select
              aria-label="Job status"
              className="h-8 rounded-md border border-border bg-surface px-2 text-sm"
              value={job.status}
              onChange={(e) => void update(job.id, { status: e.target.value as JobStatus })}
            >
              {JobStatus.options.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
            <Button size="sm" variant="secondary" onClick={() => setEditing(true)}>
              Edit
            </Button>
            <Button
              size="icon"
              variant="ghost"
              aria-label="Delete job"
              onClick={() => {
                void remove(job.id);
                notify({
                  level: 'info',
                  title: `Deleted “${job.title}”`,
                  durationMs: UNDO_DELETE_MS,
                  action: { label: 'Undo', run: () => undoRemove(job.id) },
                });
              }}
            >
              <Trash2 aria-hidden />
            </Button>
          </div>
        </header>
      )}
      {job.sourceUrl ? (
        <a
          href={job.sourceUrl}
          target="_blank"
          rel="noopener noreferrer"
          className="inline-flex w-fit items-center gap-1 text-sm text-accent underline"
        >
          <ExternalLink className="size-3" aria-hidden /> Source
        </a>
      ) : null}
      <article
        className="prose-sm text-sm leading-relaxed [&_li]:ml-5 [&_li]:list-disc [&_p]:my-2"
        aria-label="Job description"
        dangerouslySetInnerHTML={{ __html: safeHtml }}
      />
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">Capture log</summary>
        <ul className="mt-2 flex flex-col gap-1 text-xs" aria-label="Capture log">
          {job.captureLog.map((e, i) => (
            <li key={i} className={e.level === 'warning' ? 'text-warning' : 'text-fg-muted'}>
              {new Date(e.at).toLocaleString()} · {e.message}
            </li>
          ))}
        </ul>
        {captures.map((c) => (
          <div key={c.id} className="mt-2 rounded border border-border p-2 text-xs text-fg-muted">
            <p>
              {c.source} capture · {new Date(c.capturedAt).toLocaleString()} · {c.contentType ?? 'text'} · raw copy kept
              ({c.rawChars.toLocaleString()} characters)
            </p>
            {c.removed.hiddenSamples.length ? (
              <ul className="mt-1 list-disc pl-4" aria-label="Hidden text removed">
                {c.removed.hiddenSamples.map((s, i) => (
                  <li key={i}>
                    <span className="font-medium">{s.reason}:</span> “{s.text}”
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ))}
      </details>
      <GeneratePanel jobId={job.id} />
    </Card>
  );
}
