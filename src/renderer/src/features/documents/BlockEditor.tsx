import { Check, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { TruthFlag } from '../../../../shared/domain/document';
import type { Block } from '../../../../shared/document-blocks';
import { Button } from '../../components/ui/button';
import { Textarea } from '../../components/ui/input';
import { useDocuments } from './documents-store';
import { FlaggedText } from './FlaggedText';

/** One block of the document: its text with flags marked, editable in place, with each flag's actions. */
export function BlockEditor({ block, flags }: { block: Block; flags: TruthFlag[] }) {
  const editBlock = useDocuments((s) => s.editBlock);
  const resolveFlag = useDocuments((s) => s.resolveFlag);
  const busy = useDocuments((s) => s.loading);
  const [editing, setEditing] = useState(false);
  /** The flag being rewritten: its edit goes to the core as that flag's resolution. */
  const [fixing, setFixing] = useState<TruthFlag | null>(null);
  const [text, setText] = useState(block.text);
  const open = flags.filter((f) => f.status === 'open');

  // An edit is saved with the draft, and the core checks the changed text again on save.
  const finishEdit = () => {
    setEditing(false);
    setFixing(null);
    if (text === block.text) return;
    if (fixing && text.trim()) void resolveFlag(fixing.id, { action: 'edit', text });
    else editBlock(block.id, text);
  };
  const startEdit = (flag: TruthFlag | null) => {
    setText(block.text);
    setFixing(flag);
    setEditing(true);
  };

  return (
    <li className="group rounded-md border border-transparent px-2 py-1.5 hover:border-border" data-block-id={block.id}>
      <div className="text-xs text-fg-muted">{block.label}</div>
      {editing ? (
        <div className="mt-1 flex flex-col gap-2">
          <Textarea
            aria-label={`Edit ${block.label}`}
            className="min-h-20"
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoFocus
          />
          <div className="flex gap-2">
            <Button size="sm" onClick={finishEdit}>
              Done
            </Button>
            <Button size="sm" variant="ghost" onClick={() => (setText(block.text), setEditing(false), setFixing(null))}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex items-start gap-2">
          <p className="flex-1 text-sm leading-relaxed">
            {block.text ? (
              <FlaggedText text={block.text} flags={flags} />
            ) : (
              <span className="text-fg-muted">(empty)</span>
            )}
          </p>
          <Button
            size="icon"
            variant="ghost"
            className="size-7 opacity-60 group-hover:opacity-100"
            aria-label={`Edit ${block.label}`}
            onClick={() => startEdit(null)}
          >
            <Pencil />
          </Button>
        </div>
      )}
      {open.map((f) => (
        <div
          key={f.id}
          role="group"
          aria-label={`Claim "${f.text}"`}
          className="mt-1 flex flex-wrap items-center gap-2 rounded bg-warning/10 px-2 py-1 text-xs"
        >
          <span className="flex-1">
            <strong>“{f.text}”</strong> — {f.reason}
          </span>
          <Button
            size="sm"
            variant="secondary"
            className="h-7"
            disabled={busy}
            title="Adds it to your profile as a new fact"
            onClick={() => void resolveFlag(f.id, { action: 'confirm' })}
          >
            <Check /> It is true
          </Button>
          <Button
            size="sm"
            variant="secondary"
            className="h-7"
            disabled={busy}
            onClick={() => void resolveFlag(f.id, { action: 'remove' })}
          >
            <Trash2 /> Remove claim
          </Button>
          <Button size="sm" variant="secondary" className="h-7" disabled={busy} onClick={() => startEdit(f)}>
            <Pencil /> Rewrite
          </Button>
        </div>
      ))}
    </li>
  );
}
