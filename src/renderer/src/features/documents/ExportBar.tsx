import { Download } from 'lucide-react';
import { useState } from 'react';
import type { ExportFormat } from '../../../../shared/domain/document';
import { Button } from '../../components/ui/button';
import { Input } from '../../components/ui/input';
import { useDocuments } from './documents-store';

const FORMATS: { format: ExportFormat; label: string; cvOnly?: boolean }[] = [
  { format: 'pdf', label: 'PDF' },
  { format: 'docx', label: 'DOCX' },
  { format: 'md', label: 'Markdown' },
  { format: 'json', label: 'JSON Resume', cvOnly: true },
  { format: 'html', label: 'Web page', cvOnly: true },
];

/** Export buttons; refused by the core (with the claims named) while a truth flag is open. */
export function ExportBar() {
  const selected = useDocuments((s) => s.selected);
  const draft = useDocuments((s) => s.draft);
  const exporting = useDocuments((s) => s.exporting);
  const exportAs = useDocuments((s) => s.exportAs);
  const lastExport = useDocuments((s) => s.lastExport);
  const [url, setUrl] = useState('');
  if (!selected) return null;
  const open = selected.flags.filter((f) => f.status === 'open').length;
  return (
    <section aria-label="Export" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        {FORMATS.filter((f) => !f.cvOnly || selected.kind === 'cv').map((f) => (
          <Button
            key={f.format}
            size="sm"
            variant={f.format === 'pdf' ? 'primary' : 'secondary'}
            disabled={exporting || draft !== null}
            onClick={() => void exportAs(f.format, f.format === 'html' ? url : undefined)}
          >
            <Download /> {f.label}
          </Button>
        ))}
        {selected.kind === 'cv' ? (
          <Input
            aria-label="Web page address (for the QR code)"
            placeholder="https://you.example/cv (QR code)"
            className="h-8 w-64"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        ) : null}
      </div>
      {draft ? <p className="text-xs text-fg-muted">Save your edits as a new version to export them.</p> : null}
      {open && !draft ? (
        <p className="text-xs text-warning">
          {open} claim{open > 1 ? 's' : ''} still unchecked: resolve them to export.
        </p>
      ) : null}
      {lastExport ? (
        <p role="status" className="text-xs text-success">
          Exported {lastExport.fileName}
          {lastExport.warnings.length ? ` (${lastExport.warnings.join(' ')})` : ''}
        </p>
      ) : null}
    </section>
  );
}
