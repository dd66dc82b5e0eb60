import {
  closestCenter,
  DndContext,
  KeyboardCode,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { useMemo } from 'react';
import { ApplicationStatus, type ApplicationSummary } from '../../../../shared/domain/application';
import { cn } from '../../lib/cn';
import { useApplications } from './applications-store';
import { STATUS_LABEL } from './status-labels';

/** Cards shown per column; the table lists them all. */
const COLUMN_LIMIT = 150;
const STATUSES = ApplicationStatus.options;
/** Space lifts and drops; Enter stays free to open the card. */
const KEYS = { start: [KeyboardCode.Space], cancel: [KeyboardCode.Esc], end: [KeyboardCode.Space] };

/**
 * Arrow keys jump a lifted card to the neighbouring column (left/right), so a card moves from the keyboard
 * with Space (lift), arrows, Space (drop); Escape cancels.
 */
export const columnCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const { active, over, droppableRects, collisionRect } = context;
  if (!active || !collisionRect) return undefined;
  if (event.code !== KeyboardCode.Right && event.code !== KeyboardCode.Left) return undefined;
  event.preventDefault();
  const current = STATUSES.indexOf((over?.id ?? active.data.current?.status) as ApplicationStatus);
  const next =
    STATUSES[Math.min(STATUSES.length - 1, Math.max(0, current + (event.code === KeyboardCode.Right ? 1 : -1)))]!;
  const rect = droppableRects.get(next);
  if (!rect) return undefined;
  return { x: rect.left + rect.width / 2 - collisionRect.width / 2, y: rect.top + 48 };
};

const title = (id: unknown, list: ApplicationSummary[]) => {
  const a = list.find((x) => x.id === id);
  return a ? `${a.title} at ${a.company}` : 'the application';
};

function Card({ app, onOpen }: { app: ApplicationSummary; onOpen(id: string): void }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: app.id,
    data: { status: app.status },
  });
  return (
    <li>
      <div
        ref={setNodeRef}
        style={{ transform: CSS.Translate.toString(transform) }}
        className={cn(
          'break-words rounded-md border border-border bg-surface p-2 text-sm shadow-sm outline-none focus-visible:ring-2 focus-visible:ring-accent',
          isDragging && 'z-10 opacity-80 shadow-lg',
        )}
        {...attributes}
        {...listeners}
        aria-roledescription="draggable application"
        onKeyDown={(e) => {
          listeners?.onKeyDown?.(e);
          if (e.key === 'Enter' && !e.defaultPrevented) onOpen(app.id);
        }}
        onClick={() => onOpen(app.id)}
      >
        <div className="cursor-pointer font-medium hover:underline">{app.title}</div>
        <div className="text-xs text-fg-muted">
          <span className="sr-only"> at </span>
          {app.company}
          <span className="sr-only">, {STATUS_LABEL[app.status]},</span>
        </div>
        <div className="mt-1 flex justify-between text-xs text-fg-muted">
          <span>{app.statusOn}</span>
          {app.matchScore !== null ? <span title="Match score when applied">{app.matchScore}</span> : null}
        </div>
      </div>
    </li>
  );
}

function Column({
  status,
  apps,
  onOpen,
}: {
  status: ApplicationStatus;
  apps: ApplicationSummary[];
  onOpen(id: string): void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: status });
  return (
    <section
      ref={setNodeRef}
      aria-label={STATUS_LABEL[status]}
      className={cn('flex min-w-0 flex-col gap-2 rounded-lg bg-muted/50 p-2', isOver && 'ring-2 ring-accent')}
    >
      <h3 className="flex justify-between px-1 text-xs font-semibold uppercase tracking-wide text-fg-muted">
        {STATUS_LABEL[status]} <span>{apps.length}</span>
      </h3>
      <ul className="flex min-h-24 flex-col gap-2" aria-label={`${STATUS_LABEL[status]} applications`}>
        {apps.slice(0, COLUMN_LIMIT).map((a) => (
          <Card key={a.id} app={a} onOpen={onOpen} />
        ))}
      </ul>
      {apps.length > COLUMN_LIMIT ? (
        <p className="px-1 text-xs text-fg-muted">+{apps.length - COLUMN_LIMIT} more in the table</p>
      ) : null}
    </section>
  );
}

/** The board: one column per status; drag a card (mouse or keyboard) to move the application. */
export function KanbanBoard() {
  const list = useApplications((s) => s.list);
  const move = useApplications((s) => s.move);
  const select = useApplications((s) => s.select);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates, keyboardCodes: KEYS }),
  );
  const byStatus = useMemo(() => {
    const groups = new Map<ApplicationStatus, ApplicationSummary[]>(STATUSES.map((s) => [s, []]));
    for (const a of list) groups.get(a.status)?.push(a);
    return groups;
  }, [list]);
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${title(active.id, list)}. Use the left and right arrow keys to choose a column, space to drop, escape to cancel.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${title(active.id, list)} is over ${STATUS_LABEL[over.id as ApplicationStatus]}.`
        : `${title(active.id, list)} is not over a column.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `${title(active.id, list)} moved to ${STATUS_LABEL[over.id as ApplicationStatus]}.`
        : `${title(active.id, list)} dropped.`,
    onDragCancel: ({ active }) => `Moving ${title(active.id, list)} was cancelled.`,
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const to = over?.id as ApplicationStatus | undefined;
    if (to && active.data.current?.status !== to) void move(String(active.id), to);
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'Press space to pick up the application. Arrow keys choose a column; space drops it; escape cancels. Enter opens it.',
        },
      }}
    >
      {/* No scrolling container: the pipeline on the first row, the outcomes on the second. */}
      <div className="grid grid-cols-5 gap-3 pb-2" role="group" aria-label="Applications board">
        {STATUSES.map((s) => (
          <Column key={s} status={s} apps={byStatus.get(s) ?? []} onOpen={(id) => void select(id)} />
        ))}
      </div>
    </DndContext>
  );
}
