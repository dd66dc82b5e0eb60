import { useContext } from 'react';
import type { Highlight } from '../../../../../shared/domain/profile';
import { Field } from '../../../components/ui/field';
import { Input, Textarea } from '../../../components/ui/input';
import { cn } from '../../../lib/cn';
import { BulletsEditor } from './BulletsEditor';
import { BulletUndoContext } from './bullet-undo';
import { PARTIAL_DATE, type FieldDef } from './section-fields';

type Entry = Record<string, unknown> & { id: string };

/** The fields of one entry, with the parser's unsure ones marked. */
export function EntryFields({
  entry,
  fields,
  uncertain,
  onChange,
  labelPrefix,
}: {
  entry: Entry;
  fields: FieldDef[];
  uncertain: Set<string>;
  onChange(entry: Entry): void;
  labelPrefix: string;
}) {
  const offerUndo = useContext(BulletUndoContext);
  const set = (key: string, value: unknown) => onChange({ ...entry, [key]: value });
  return (
    <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
      {fields.map((f) => {
        const unsure = uncertain.has(`${entry.id}.${f.key}`);
        const raw = entry[f.key];
        const invalidDate = f.kind === 'date' && typeof raw === 'string' && raw !== '' && !PARTIAL_DATE.test(raw);
        const hint = unsure ? 'Jobsmith was not sure about this: please check it.' : f.hint;
        const mark = cn(unsure && 'border-warning bg-warning/10');
        const label = `${labelPrefix} ${f.label}`;
        let control;
        if (f.kind === 'bullets') {
          control = (
            <BulletsEditor
              label={label}
              className={unsure ? cn('rounded-md border p-1.5', mark) : undefined}
              items={(raw as Highlight[] | undefined) ?? []}
              onChange={(hs) => set(f.key, hs)}
              onRemove={offerUndo ? (bullet, index) => offerUndo(entry.id, f.key, bullet, index) : undefined}
            />
          );
        } else if (f.kind === 'tags') {
          const tags = (raw as string[] | undefined) ?? [];
          control = (
            <Input
              aria-label={label}
              className={mark}
              value={tags.join(', ')}
              onChange={(e) =>
                set(
                  f.key,
                  e.target.value.split(',').map((t, i, all) => (i < all.length - 1 ? t.trim() : t.trimStart())),
                )
              }
              onBlur={() => set(f.key, tags.map((t) => t.trim()).filter(Boolean))}
            />
          );
        } else if (f.kind === 'textarea') {
          control = (
            <Textarea
              aria-label={label}
              className={cn('min-h-20', mark)}
              value={(raw as string | undefined) ?? ''}
              onChange={(e) => set(f.key, e.target.value)}
            />
          );
        } else {
          control = (
            <Input
              aria-label={label}
              className={mark}
              value={(raw as string | undefined) ?? ''}
              placeholder={f.kind === 'date' ? 'YYYY-MM' : undefined}
              onChange={(e) => set(f.key, f.kind === 'date' && !e.target.value.trim() ? undefined : e.target.value)}
            />
          );
        }
        return (
          <div key={f.key} className={cn(f.wide && 'md:col-span-2')} data-uncertain={unsure || undefined}>
            <Field
              label={f.label}
              hint={invalidDate ? undefined : hint}
              error={invalidDate ? 'Use a date like 2021 or 2021-03.' : undefined}
            >
              {control}
            </Field>
          </div>
        );
      })}
    </div>
  );
}
