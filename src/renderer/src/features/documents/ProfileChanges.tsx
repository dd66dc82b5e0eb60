import { Check, Undo2 } from 'lucide-react';
import { useState } from 'react';
import type { BlockChange } from '../../../../shared/domain/document';
import { documentBlocks } from '../../../../shared/document-blocks';
import { Button } from '../../components/ui/button';
import { useDocuments } from './documents-store';

/** Each block the document changed from the master profile: before and after, to accept or reject (edit it in the text below). */
export function ProfileChanges({ changes }: { changes: BlockChange[] }) {
  const editBlock = useDocuments((s) => s.editBlock);
  const content = useDocuments((s) => (s.draft ?? s.selected)?.content);
  const [accepted, setAccepted] = useState<Set<string>>(new Set());
  if (!changes.length || !content) return null;
  const now = new Map(documentBlocks(content).map((b) => [b.id, b.text]));
  return (
    <section aria-label="Changes from your profile" className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold">Changes from your profile ({changes.length})</h3>
      <ul className="flex flex-col gap-2">
        {changes.map((c) => {
          const after = now.get(c.blockId) ?? '';
          const reverted = after === c.before;
          return (
            <li
              key={c.blockId}
              className="rounded-md border border-border p-2 text-sm"
              aria-label={`Change: ${c.label}`}
            >
              <div className="text-xs text-fg-muted">{c.label}</div>
              {c.before ? (
                <del className="block text-danger/90">{c.before}</del>
              ) : (
                <div className="text-xs text-fg-muted">(not in your profile)</div>
              )}
              {after ? (
                <ins className="block text-success no-underline">{after}</ins>
              ) : (
                <div className="text-xs text-fg-muted">(left out)</div>
              )}
              <div className="mt-1 flex gap-2">
                <Button
                  size="sm"
                  variant="secondary"
                  className="h-7"
                  disabled={accepted.has(c.blockId) || reverted}
                  onClick={() => setAccepted(new Set([...accepted, c.blockId]))}
                >
                  <Check /> {accepted.has(c.blockId) ? 'Accepted' : 'Accept'}
                </Button>
                <Button
                  size="sm"
                  variant="secondary"
                  className="h-7"
                  disabled={reverted}
                  onClick={() => editBlock(c.blockId, c.before)}
                >
                  <Undo2 /> {reverted ? 'Rejected' : 'Reject'}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
