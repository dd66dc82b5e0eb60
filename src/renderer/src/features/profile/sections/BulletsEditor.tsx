import { Plus, X } from 'lucide-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Highlight } from '../../../../../shared/domain/profile';
import { Button } from '../../../components/ui/button';
import { Textarea } from '../../../components/ui/input';
import { cn } from '../../../lib/cn';
import { newId } from './section-fields';

/**
 * Bullets (highlights, courses) edited one per line item, each keeping its id: match evidence
 * cites a bullet by id and links here (`data-fact-id`). Enter starts the next bullet at the caret,
 * Backspace in an empty one removes it, pasting several lines makes several bullets, and a bullet
 * left empty is dropped when it loses focus.
 */
export function BulletsEditor({ label, items, onChange, className, id, ...aria }: {
  label: string;
  items: Highlight[];
  onChange(items: Highlight[]): void;
  className?: string;
  /** From `<Field>`: labels the first bullet. */
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  const list = useRef<HTMLDivElement>(null);
  const [caret, setCaret] = useState<{ id: string; at: number } | null>(null);
  useEffect(() => {
    if (!caret) return;
    const item = [...(list.current?.querySelectorAll<HTMLElement>('li[data-fact-id]') ?? [])].find((li) => li.dataset.factId === caret.id);
    const el = item?.querySelector('textarea');
    el?.focus();
    el?.setSelectionRange(caret.at, caret.at);
  }, [caret]);

  /** Replaces bullet `index` with `replacement` and moves the caret to `focus`. */
  const splice = (index: number, replacement: Highlight[], focus: { id: string; at: number } | null) => {
    onChange([...items.slice(0, index), ...replacement, ...items.slice(index + 1)]);
    if (focus) setCaret(focus);
  };

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>, index: number) {
    const h = items[index]!;
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      const { selectionStart, selectionEnd } = e.currentTarget;
      const next = { id: newId('hl'), text: h.text.slice(selectionEnd) };
      splice(index, [{ ...h, text: h.text.slice(0, selectionStart) }, next], { id: next.id, at: 0 });
    } else if (e.key === 'Backspace' && h.text === '') {
      e.preventDefault();
      const neighbour = items[index - 1] ?? items[index + 1];
      splice(index, [], neighbour ? { id: neighbour.id, at: neighbour.text.length } : null);
    }
  }

  function onInput(index: number, value: string) {
    const h = items[index]!;
    const [first = '', ...more] = value.split(/\r?\n/);
    const added = more.filter((l) => l.trim()).map((text) => ({ id: newId('hl'), text }));
    const last = added[added.length - 1];
    // A paste of several lines becomes one bullet per non-empty line.
    splice(index, [{ ...h, text: first }, ...added], last ? { id: last.id, at: last.text.length } : null);
  }

  return (
    <div ref={list} className={cn('flex flex-col gap-1.5', className)}>
      {items.length ? (
        <ul className="flex flex-col gap-1.5" aria-label={label}>
          {items.map((h, index) => (
            <li key={h.id} data-fact-id={h.id} className="flex items-start gap-1.5">
              <span aria-hidden className="mt-3.5 size-1.5 shrink-0 rounded-full bg-fg-muted" />
              <Textarea
                id={index === 0 ? id : undefined}
                aria-label={`${label} ${index + 1}`}
                aria-describedby={aria['aria-describedby']}
                aria-invalid={aria['aria-invalid']}
                rows={1}
                className="field-sizing-content min-h-9 resize-none py-1.5"
                value={h.text}
                onChange={(e) => onInput(index, e.target.value)}
                onKeyDown={(e) => onKeyDown(e, index)}
                onBlur={() => {
                  const text = h.text.trim();
                  if (text !== h.text || !text) splice(index, text ? [{ ...h, text }] : [], null);
                }}
              />
              <Button variant="ghost" size="icon" className="shrink-0" aria-label={`Remove ${label} ${index + 1}`} onClick={() => splice(index, [], null)}>
                <X />
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <Button variant="ghost" size="sm" className="self-start" onClick={() => {
        const added = { id: newId('hl'), text: '' };
        onChange([...items, added]);
        setCaret({ id: added.id, at: 0 });
      }}>
        <Plus /> Add a line
      </Button>
    </div>
  );
}
