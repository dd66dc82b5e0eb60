import { Download, Upload } from 'lucide-react';
import { useRef } from 'react';
import { Button } from '../../components/ui/button';
import { useApplications } from './applications-store';
import { STATUS_LABEL } from './status-labels';

function download(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** CSV import (Huntr, Teal, a spreadsheet) with a preview before anything is stored; CSV and .ics export. */
export function ImportExportBar() {
  const input = useRef<HTMLInputElement>(null);
  const previewImport = useApplications((s) => s.previewImport);
  const exportFile = useApplications((s) => s.exportFile);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 20 * 1024 * 1024) return void previewImport(file.name, '');
    await previewImport(file.name, await file.text());
    if (input.current) input.current.value = '';
  };
  const save = async (format: 'csv' | 'ics') => {
    const file = await exportFile(format);
    if (file) download(file.fileName, file.content, format === 'csv' ? 'text/csv' : 'text/calendar');
  };
  return (
    <div className="flex gap-2">
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        className="sr-only"
        aria-label="CSV file to import"
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      <Button size="sm" variant="secondary" onClick={() => input.current?.click()}>
        <Upload aria-hidden /> Import CSV
      </Button>
      <Button size="sm" variant="secondary" onClick={() => void save('csv')}>
        <Download aria-hidden /> CSV
      </Button>
      <Button size="sm" variant="secondary" onClick={() => void save('ics')}>
        <Download aria-hidden /> Calendar (.ics)
      </Button>
    </div>
  );
}

export function ImportPreviewPanel() {
  const preview = useApplications((s) => s.importPreview);
  const apply = useApplications((s) => s.applyImport);
  const cancel = useApplications((s) => s.cancelImport);
  const message = useApplications((s) => s.importMessage);
  if (!preview)
    return message ? (
      <p role="status" className="text-sm">
        {message}
      </p>
    ) : null;
  const { result } = preview;
  return (
    <section aria-label="Import preview" className="flex flex-col gap-3 rounded-lg border border-border p-4">
      <h2 className="font-semibold">
        Import {preview.fileName}: read as a {result.shape} export
      </h2>
      <p className="text-sm text-fg-muted">
        Columns:{' '}
        {Object.entries(result.columns)
          .map(([c, f]) => `${c} → ${f}`)
          .join(', ') || 'none recognised'}
      </p>
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left text-fg-muted">
            <th>Line</th>
            <th>Job</th>
            <th>Company</th>
            <th>Status</th>
            <th>Applied</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.slice(0, 100).map((r) => (
            <tr key={r.line}>
              <td>{r.line}</td>
              <td>{r.title}</td>
              <td>{r.company}</td>
              <td>{STATUS_LABEL[r.status]}</td>
              <td>{r.appliedOn ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.rows.length > 100 ? <p className="text-sm text-fg-muted">…and {result.rows.length - 100} more.</p> : null}
      {result.problems.length ? (
        <div role="alert" className="text-sm text-danger">
          <p>{result.problems.length} rows cannot be read and will be left out:</p>
          <ul className="list-disc pl-5">
            {result.problems.slice(0, 50).map((p) => (
              <li key={p.line}>
                Line {p.line}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="flex gap-2">
        <Button onClick={() => void apply()} disabled={!result.rows.length}>
          Import {result.rows.length} applications
        </Button>
        <Button variant="ghost" onClick={cancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
