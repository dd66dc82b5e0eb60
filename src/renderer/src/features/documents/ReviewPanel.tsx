import { Save, X } from 'lucide-react';
import { documentBlocks } from '../../../../shared/document-blocks';
import { Button } from '../../components/ui/button';
import { BlockEditor } from './BlockEditor';
import { useDocuments } from './documents-store';
import { ExportBar } from './ExportBar';
import { ProfileChanges } from './ProfileChanges';

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}`);

/** Compare the open version with another one. */
function CompareVersions() {
  const versions = useDocuments((s) => s.versions);
  const selected = useDocuments((s) => s.selected);
  const comparison = useDocuments((s) => s.comparison);
  const compareWith = useDocuments((s) => s.compareWith);
  const others = versions.filter((v) => v.id !== selected?.id && v.kind === selected?.kind);
  if (!others.length) return null;
  return (
    <section aria-label="Compare versions" className="flex flex-col gap-2">
      <label className="flex items-center gap-2 text-sm">
        Compare with
        <select
          className="h-8 rounded-md border border-border bg-surface px-2 text-sm"
          value={comparison?.a ?? ''}
          onChange={(e) => void compareWith(e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">(choose a version)</option>
          {others.map((v) => (
            <option key={v.id} value={v.id}>
              v{v.id} · {v.title}
            </option>
          ))}
        </select>
      </label>
      {comparison ? (
        comparison.changes.length ? (
          <ul className="flex flex-col gap-1 text-sm">
            {comparison.changes.map((c) => (
              <li key={c.blockId} className="rounded-md border border-border p-2">
                <div className="text-xs text-fg-muted">{c.label}</div>
                {c.before ? <del className="block text-danger/90">{c.before}</del> : null}
                {c.after ? <ins className="block text-success no-underline">{c.after}</ins> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-fg-muted">No differences in the text.</p>
        )
      ) : null}
    </section>
  );
}

/** The open version: match before/after, export, changes from the profile, the text with its flags, compare. */
export function ReviewPanel() {
  const selected = useDocuments((s) => s.selected);
  const draft = useDocuments((s) => s.draft);
  const profileDiff = useDocuments((s) => s.profileDiff);
  const saveDraft = useDocuments((s) => s.saveDraft);
  const discardDraft = useDocuments((s) => s.discardDraft);
  if (!selected) return null;
  const content = draft?.content ?? selected.content;
  const flags = draft?.flags ?? selected.flags;
  const blocks = documentBlocks(content);
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="text-lg font-semibold">{selected.title}</h2>
          <p className="text-xs text-fg-muted">
            Version {selected.id} · {selected.kind === 'cv' ? 'CV' : 'Cover letter'}
            {selected.matchBefore !== null || selected.matchAfter !== null ? (
              <span aria-label={`Match before ${pct(selected.matchBefore)}, after ${pct(selected.matchAfter)}`}>
                {' '}
                · Match {pct(selected.matchBefore)} → {pct(selected.matchAfter)}
              </span>
            ) : null}
          </p>
        </div>
        {draft ? (
          <div className="flex gap-2">
            <Button size="sm" onClick={() => void saveDraft()}>
              <Save /> Save as new version
            </Button>
            <Button size="sm" variant="ghost" onClick={discardDraft}>
              <X /> Discard edits
            </Button>
          </div>
        ) : null}
      </header>
      <ExportBar />
      <ProfileChanges changes={profileDiff} />
      <section aria-label="Document text" className="flex flex-col gap-1">
        <h3 className="text-sm font-semibold">Text</h3>
        <ul className="flex flex-col">
          {blocks
            .filter((b) => b.text || flags.some((f) => f.blockId === b.id))
            .map((b) => (
              <BlockEditor key={`${selected.id}-${b.id}`} block={b} flags={flags.filter((f) => f.blockId === b.id)} />
            ))}
        </ul>
      </section>
      <CompareVersions />
    </div>
  );
}
