import { FilePlus2, FileText } from 'lucide-react';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import type { Paper, TemplateId } from '../../../../shared/domain/document';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { useDocuments } from './documents-store';
import { PreviewPane } from './PreviewPane';
import { ReviewPanel } from './ReviewPanel';
import { VersionList } from './VersionList';

const SELECT = 'h-9 rounded-md border border-border bg-surface px-2 text-sm';
const TEMPLATES: { value: TemplateId; label: string }[] = [
  { value: 'ats', label: 'ATS (single column)' },
  { value: 'modern', label: 'Modern (two columns)' },
  { value: 'classic', label: 'Classic (serif)' },
];

export function DocumentsScreen() {
  const { versions, selected, options, loading, error, load, select, createFromProfile, setOptions } = useDocuments();
  // `?version=<id>` (the end of the tailoring flow): open that version for review.
  const versionParam = Number(new URLSearchParams(useLocation().search).get('version')) || null;
  useEffect(() => {
    void load().then(() => (versionParam ? select(versionParam) : undefined));
  }, [load, select, versionParam]);

  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-6 p-8">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Documents</h1>
          <p className="mt-1 text-sm text-fg-muted">
            CVs and cover letters: review every change, check every claim, export as PDF, DOCX, Markdown, JSON Resume or
            a web page.
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <select
            aria-label="Template"
            className={SELECT}
            value={options.template}
            onChange={(e) => setOptions({ template: e.target.value as TemplateId })}
          >
            {TEMPLATES.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
          <select
            aria-label="Paper"
            className={SELECT}
            value={options.paper}
            onChange={(e) => setOptions({ paper: e.target.value as Paper })}
          >
            <option value="a4">A4</option>
            <option value="letter">US Letter</option>
          </select>
          <select
            aria-label="Pages"
            className={SELECT}
            value={options.maxPages}
            onChange={(e) => setOptions({ maxPages: Number(e.target.value) as 1 | 2 })}
          >
            <option value={1}>Fit to 1 page</option>
            <option value={2}>Up to 2 pages</option>
          </select>
          <Button onClick={() => void createFromProfile()} disabled={loading}>
            <FilePlus2 /> New CV from profile
          </Button>
        </div>
      </header>
      {error ? (
        <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
          {error}
        </p>
      ) : null}
      {versions.length === 0 && !loading ? (
        <EmptyState icon={FileText} title="No documents yet">
          Make a CV from your profile with the button above, or tailor one to a saved job. Every generated or edited
          document is kept here as a version.
        </EmptyState>
      ) : (
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-[15rem_1fr]">
          <VersionList />
          {selected ? (
            <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
              <ReviewPanel />
              <PreviewPane />
            </div>
          ) : (
            <p className="text-sm text-fg-muted">Choose a version to review, preview and export it.</p>
          )}
        </div>
      )}
    </div>
  );
}
