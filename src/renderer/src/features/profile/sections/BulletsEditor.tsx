import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  arrayMove,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { GripVertical, Plus, X } from 'lucide-react';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Highlight } from '../../../../../shared/domain/profile';
import { Button } from '../../../components/ui/button';
import { Textarea } from '../../../components/ui/input';
import { cn } from '../../../lib/cn';
import { newId } from './section-fields';

/**
 * Bullets (highlights, courses) edited one per line item, each keeping its id: match evidence
 * cites a bullet by id and links here (`data-fact-id`). Enter starts the next bullet at the caret,
 * Backspace in an empty one removes it, pasting several lines makes several bullets, and a bullet
 * left empty is dropped when it loses focus. Bullets are reordered by their grip, with the mouse or
 * the keyboard (Space picks up, arrows move, Space drops).
 */
export function BulletsEditor({
  label,
  items,
  onChange,
  onRemove,
  className,
  id,
  ...aria
}: {
  label: string;
  items: Highlight[];
  onChange(items: Highlight[]): void;
  /** A bullet removed with its button (to offer Undo). */
  onRemove?: ((bullet: Highlight, index: number) => void) | undefined;
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
    const item = [...(list.current?.querySelectorAll<HTMLElement>('li[data-fact-id]') ?? [])].find(
      (li) => li.dataset.factId === caret.id,
    );
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

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = items.findIndex((h) => h.id === active.id);
    const to = items.findIndex((h) => h.id === over.id);
    if (from >= 0 && to >= 0) onChange(arrayMove(items, from, to));
  }
  const position = (itemId: string | number) => items.findIndex((h) => h.id === itemId) + 1;
  const announcements = {
    onDragStart: ({ active }: { active: { id: string | number } }) =>
      `Picked up line ${position(active.id)}. Arrow keys move it, Space drops it, Escape cancels.`,
    onDragOver: ({ over }: { over: { id: string | number } | null }) =>
      over ? `Over position ${position(over.id)} of ${items.length}.` : 'Not over the list.',
    onDragEnd: ({ over }: { over: { id: string | number } | null }) =>
      over ? `Dropped at position ${position(over.id)} of ${items.length}.` : 'Dropped.',
    onDragCancel: () => 'Moving the line was cancelled.',
  };

  return (
    <div ref={list} className={cn('flex flex-col gap-1.5', className)}>
      {items.length ? (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ announcements }}
        >
          <SortableContext items={items.map((h) => h.id)} strategy={verticalListSortingStrategy}>
            <ul className="flex flex-col gap-1.5" aria-label={label}>
              {items.map((h, index) => (
                <SortableBullet key={h.id} id={h.id} label={`Move ${label} ${index + 1}`}>
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
                  <Button
                    variant="ghost"
                    size="icon"
                    className="shrink-0"
                    aria-label={`Remove ${label} ${index + 1}`}
                    onClick={() => {
                      splice(index, [], null);
                      onRemove?.(h, index);
                    }}
                  >
                    <X />
                  </Button>
                </SortableBullet>
              ))}
            </ul>
          </SortableContext>
        </DndContext>
      ) : null}
      <Button
        variant="ghost"
        size="sm"
        className="self-start"
        onClick={() => {
          const added = { id: newId('hl'), text: '' };
          onChange([...items, added]);
          setCaret({ id: added.id, at: 0 });
        }}
      >
        <Plus /> Add a line
      </Button>
    </div>
  );
}

/** One bullet's row: its grip (drag, or Space + arrows) and its controls. */
function SortableBullet({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
  });
  return (
    <li
      ref={setNodeRef}
      data-fact-id={id}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={cn('flex items-start gap-1', isDragging && 'relative z-10 bg-surface shadow-md')}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="mt-1.5 shrink-0 cursor-grab rounded p-1 text-fg-muted hover:bg-muted"
        aria-label={label}
        {...attributes}
        {...listeners}
      >
        <GripVertical className="size-4" aria-hidden />
      </button>
      {children}
    </li>
  );
}
