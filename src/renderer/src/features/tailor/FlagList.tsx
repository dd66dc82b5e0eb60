import { useState } from 'react';
import type { TruthFlag } from '../../../../shared/domain/document';
import { Button } from '../../components/ui/button';
import { Input } from '../../components/ui/input';
import { useTailor } from './tailor-store';

/** Each open flag: the claim, why it could not be traced, and edit / remove / "this is true, add it to my profile". */
export function FlagList() {
  const flags = useTailor((s) => s.run?.flags ?? []).filter((f) => f.status === 'open');
  if (!flags.length) return null;
  return (
    <ul className="flex flex-col gap-2" aria-label="Claims to review">
      {flags.map((f) => (
        <FlagItem key={f.id} flag={f} />
      ))}
    </ul>
  );
}

function FlagItem({ flag }: { flag: TruthFlag }) {
  const { run, resolveFlag, loading } = useTailor();
  const block = blockText(run, flag.blockId);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(block);
  return (
    <li className="rounded border border-warning/40 p-2 text-sm">
      <p>
        <span className="rounded bg-warning/20 px-1 font-medium">{flag.text}</span>{' '}
        <span className="text-xs text-fg-muted">({flag.kind})</span>
      </p>
      <p className="text-xs text-fg-muted">{flag.reason}</p>
      <p className="mt-1 text-xs">{block}</p>
      {editing ? (
        <form
          className="mt-2 flex gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void resolveFlag(flag.id, { action: 'edit', text });
            setEditing(false);
          }}
        >
          <Input aria-label="Edited text" value={text} onChange={(e) => setText(e.target.value)} />
          <Button size="sm" type="submit" disabled={loading || !text.trim()}>
            Save
          </Button>
        </form>
      ) : (
        <div className="mt-2 flex flex-wrap gap-2">
          <Button size="sm" variant="secondary" onClick={() => setEditing(true)}>
            Edit
          </Button>
          <Button
            size="sm"
            variant="secondary"
            disabled={loading}
            onClick={() => void resolveFlag(flag.id, { action: 'remove' })}
          >
            Remove
          </Button>
          <Button
            size="sm"
            variant="ghost"
            disabled={loading}
            onClick={() => void resolveFlag(flag.id, { action: 'confirm' })}
          >
            This is true, add it to my profile
          </Button>
        </div>
      )}
    </li>
  );
}

function blockText(run: ReturnType<typeof useTailor.getState>['run'], blockId: string): string {
  if (!run) return '';
  if (run.letter?.kind === 'letter') {
    const p = run.letter.letter.paragraphs.find((x) => x.id === blockId);
    if (p) return p.text;
  }
  if (run.cv?.kind !== 'cv') return '';
  if (blockId === 'basics.summary') return run.cv.cv.basics.summary;
  for (const e of [...run.cv.cv.work, ...run.cv.cv.projects])
    for (const h of e.highlights) if (h.id === blockId) return h.text;
  return '';
}
