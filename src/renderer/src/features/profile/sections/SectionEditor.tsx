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
import { ChevronDown, ChevronRight, GripVertical, Plus, Trash2, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Card, CardTitle } from '../../../components/ui/card';
import { cn } from '../../../lib/cn';
import { EntryFields } from './EntryFields';
import { entryTitle, newId, type SectionDef } from './section-fields';

type Entry = Record<string, unknown> & { id: string };

interface SectionEditorProps {
  def: SectionDef;
  entries: Entry[];
  uncertain: Set<string>;
  onChange(entries: Entry[]): void;
  /** Called when an entry is deleted, so the parent can offer Undo. */
  onDelete(entry: Entry, index: number): void;
  /** An entry to open (it holds the profile fact a match evidence link points at). */
  focusEntry?: string | undefined;
}

function SortableEntry({
  def,
  entry,
  index,
  uncertain,
  open,
  onToggle,
  onChange,
  onDelete,
}: {
  def: SectionDef;
  entry: Entry;
  index: number;
  uncertain: Set<string>;
  open: boolean;
  onToggle(): void;
  onChange(e: Entry): void;
  onDelete(): void;
}) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: entry.id });
  const title = entryTitle(def, entry);
  const unsure = uncertain.has(entry.id) || [...uncertain].some((k) => k.startsWith(`${entry.id}.`));
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={cn(
        'rounded-md border border-border bg-surface',
        isDragging && 'z-10 shadow-lg',
        unsure && 'border-warning',
      )}
      aria-label={`${def.noun} ${index + 1}: ${title}`}
      data-fact-id={entry.id}
    >
      <div className="flex items-center gap-2 p-2">
        <button
          type="button"
          className="shrink-0 cursor-grab rounded p-1 text-fg-muted hover:bg-muted"
          aria-label={`Drag to reorder ${title}`}
          {...attributes}
          {...listeners}
        >
          <GripVertical className="size-4" />
        </button>
        <button
          type="button"
          className="flex min-w-0 flex-1 flex-wrap items-center gap-x-2 text-left text-sm font-medium"
          onClick={onToggle}
          aria-expanded={open}
        >
          {open ? <ChevronDown className="size-4 shrink-0" /> : <ChevronRight className="size-4 shrink-0" />}
          <span className="min-w-0 flex-1 break-words">{title}</span>
          {unsure ? <TriangleAlert className="size-4 shrink-0 text-warning" aria-label="Needs checking" /> : null}
          {typeof entry.startDate === 'string' ? (
            <span className="shrink-0 text-xs font-normal text-fg-muted">
              {entry.startDate}
              {' – '}
              {(entry.endDate as string | undefined) ?? 'present'}
            </span>
          ) : null}
        </button>
        <Button variant="ghost" size="icon" className="shrink-0" aria-label={`Delete ${title}`} onClick={onDelete}>
          <Trash2 />
        </Button>
      </div>
      {open ? (
        <div className="border-t border-border p-3">
          <EntryFields
            entry={entry}
            fields={def.fields}
            uncertain={uncertain}
            onChange={onChange}
            labelPrefix={`${def.noun} ${index + 1}`}
          />
        </div>
      ) : null}
    </li>
  );
}

/** One section: entries you can add, edit, drag to reorder (mouse or keyboard) and delete. */
export function SectionEditor({ def, entries, uncertain, onChange, onDelete, focusEntry }: SectionEditorProps) {
  const [open, setOpen] = useState<Set<string>>(
    () =>
      new Set(
        entries
          .filter(
            (e) => e.id === focusEntry || uncertain.has(e.id) || [...uncertain].some((k) => k.startsWith(`${e.id}.`)),
          )
          .map((e) => e.id),
      ),
  );
  // A later focus request (another evidence link) opens its entry too.
  const [focused, setFocused] = useState(focusEntry);
  if (focusEntry !== focused) {
    setFocused(focusEntry);
    if (focusEntry && entries.some((e) => e.id === focusEntry)) setOpen(new Set(open).add(focusEntry));
  }
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  function onDragEnd(event: DragEndEvent) {
    const { active, over } = event;
    if (!over || active.id === over.id) return;
    const from = entries.findIndex((e) => e.id === active.id);
    const to = entries.findIndex((e) => e.id === over.id);
    if (from >= 0 && to >= 0) onChange(arrayMove(entries, from, to));
  }
  function add() {
    const entry = { ...structuredClone(def.blank), id: newId(def.section) } as Entry;
    onChange([...entries, entry]);
    setOpen((s) => new Set(s).add(entry.id));
  }
  const sectionUnsure = uncertain.has(`section:${def.section}`);
  const titleOf = (id: string | number | undefined) => {
    const e = entries.find((x) => x.id === id);
    return e ? entryTitle(def, e) : 'the item';
  };
  const position = (id: string | number | undefined) => entries.findIndex((x) => x.id === id) + 1;
  const announcements = {
    onDragStart: ({ active }: { active: { id: string | number } }) =>
      `Picked up ${titleOf(active.id)}. Arrow keys move it, Space drops it, Escape cancels.`,
    onDragOver: ({ active, over }: { active: { id: string | number }; over: { id: string | number } | null }) =>
      over
        ? `${titleOf(active.id)} is over position ${position(over.id)} of ${entries.length}.`
        : `${titleOf(active.id)} is no longer over the list.`,
    onDragEnd: ({ active, over }: { active: { id: string | number }; over: { id: string | number } | null }) =>
      over
        ? `Dropped ${titleOf(active.id)} at position ${position(over.id)} of ${entries.length}.`
        : `Dropped ${titleOf(active.id)}.`,
    onDragCancel: ({ active }: { active: { id: string | number } }) => `Moving ${titleOf(active.id)} was cancelled.`,
  };

  return (
    <Card className={cn('flex flex-col gap-3', sectionUnsure && 'border-warning')} aria-label={def.title}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <CardTitle>
          {def.title} <span className="text-sm font-normal text-fg-muted">({entries.length})</span>
        </CardTitle>
        <Button variant="secondary" size="sm" onClick={add}>
          <Plus /> Add {def.noun}
        </Button>
      </div>
      {sectionUnsure ? (
        <p className="text-xs text-warning">
          Jobsmith was not sure it found everything in this section: please check it against the document.
        </p>
      ) : null}
      {entries.length ? (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ announcements }}
        >
          <SortableContext items={entries.map((e) => e.id)} strategy={verticalListSortingStrategy}>
            <ul className="flex flex-col gap-2">
              {entries.map((entry, index) => (
                <SortableEntry
                  key={entry.id}
                  def={def}
                  entry={entry}
                  index={index}
                  uncertain={uncertain}
                  open={open.has(entry.id)}
                  onToggle={() => toggle(entry.id)}
                  onChange={(next) => onChange(entries.map((e) => (e.id === entry.id ? next : e)))}
                  onDelete={() => {
                    onChange(entries.filter((e) => e.id !== entry.id));
                    onDelete(entry, index);
                  }}
                />
              ))}
            </ul>
          </SortableContext>
        </DndContext>
      ) : (
        <p className="text-sm text-fg-muted">Nothing here yet.</p>
      )}
    </Card>
  );
}
