import { useMemo } from 'react';
import { useDocuments } from './documents-store';

/** The live preview: the same Typst pages the PDF export prints, as one SVG image. */
export function PreviewPane() {
  const preview = useDocuments((s) => s.preview);
  const previewing = useDocuments((s) => s.previewing);
  const src = useMemo(
    () => (preview ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(preview.svg)}` : null),
    [preview],
  );
  return (
    <section aria-label="Preview" aria-busy={previewing} className="flex flex-col gap-2">
      <div className="flex items-center justify-between text-xs text-fg-muted">
        <span>{preview ? `${preview.pages} page${preview.pages === 1 ? '' : 's'}` : 'No preview yet'}</span>
        {previewing ? <span>Updating…</span> : null}
      </div>
      {preview?.warnings.map((w) => (
        <p key={w} role="status" className="rounded-md bg-warning/10 px-3 py-2 text-xs text-warning">
          {w}
        </p>
      ))}
      {src ? (
        <img
          src={src}
          alt={`Preview of the document, ${preview!.pages} pages`}
          className="w-full rounded-md border border-border bg-white shadow-sm"
        />
      ) : null}
    </section>
  );
}
