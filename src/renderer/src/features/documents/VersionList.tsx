import { formatDistanceToNow } from 'date-fns';
import { AlertTriangle } from 'lucide-react';
import type { DocumentVersionSummary } from '../../../../shared/domain/document';
import { cn } from '../../lib/cn';
import { useDocuments } from './documents-store';

const pct = (x: number | null) => (x === null ? '–' : String(Math.round(x * 100)));

/** Every saved version, newest first; the open one is marked. */
export function VersionList() {
  const versions = useDocuments((s) => s.versions);
  const selectedId = useDocuments((s) => s.selected?.id);
  const select = useDocuments((s) => s.select);
  return (
    <nav aria-label="Document versions">
      <ul className="flex flex-col gap-1">
        {versions.map((v: DocumentVersionSummary) => (
          <li key={v.id}>
            <button
              type="button"
              aria-current={v.id === selectedId ? 'true' : undefined}
              onClick={() => void select(v.id)}
              className={cn(
                'w-full rounded-md px-3 py-2 text-left text-sm hover:bg-muted',
                v.id === selectedId && 'bg-muted font-medium',
              )}
            >
              <div className="flex items-center gap-1">
                <span className="flex-1 truncate">{v.title}</span>
                {v.openFlags ? (
                  <AlertTriangle className="size-3.5 text-warning" aria-label={`${v.openFlags} unchecked claims`} />
                ) : null}
              </div>
              <div className="text-xs text-fg-muted">
                v{v.id} · {v.source} · {v.options.template} ·{' '}
                {formatDistanceToNow(new Date(v.createdAt), { addSuffix: true })}
                {v.matchBefore !== null || v.matchAfter !== null
                  ? ` · match ${pct(v.matchBefore)} → ${pct(v.matchAfter)}`
                  : ''}
              </div>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
