import type { Highlight } from '../../../../../shared/domain/profile';
import { Field } from '../../../components/ui/field';
import { Input, Textarea } from '../../../components/ui/input';
import { cn } from '../../../lib/cn';
import { PARTIAL_DATE, newId, type FieldDef } from './section-fields';

type Entry = Record<string, unknown> & { id: string };

/** Bullet lines <-> highlights, keeping the ids of lines whose text did not change. */
function linesToHighlights(text: string, previous: Highlight[]): Highlight[] {
  const byText = new Map(previous.map((h) => [h.text, h.id]));
  return text.split('\n').map((line, i) => {
    const id = byText.get(line) ?? previous[i]?.id ?? newId('hl');
    byText.delete(line);
    return { id, text: line };
  });
}

const cleanHighlights = (hs: Highlight[]) => hs.map((h) => ({ ...h, text: h.text.trim() })).filter((h) => h.text);

/** The fields of one entry, with the parser's unsure ones marked. */
export function EntryFields({
  entry, fields, uncertain, onChange, labelPrefix,
}: {
  entry: Entry;
  fields: FieldDef[];
  uncertain: Set<string>;
  onChange(entry: Entry): void;
  labelPrefix: string;
}) {
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
          const hs = (raw as Highlight[] | undefined) ?? [];
          control = (
            <Textarea aria-label={label} className={mark} value={hs.map((h) => h.text).join('\n')}
              onChange={(e) => set(f.key, linesToHighlights(e.target.value, hs))}
              onBlur={() => set(f.key, cleanHighlights(hs))} />
          );
        } else if (f.kind === 'tags') {
          const tags = (raw as string[] | undefined) ?? [];
          control = (
            <Input aria-label={label} className={mark} value={tags.join(', ')}
              onChange={(e) => set(f.key, e.target.value.split(',').map((t, i, all) => (i < all.length - 1 ? t.trim() : t.trimStart())))}
              onBlur={() => set(f.key, tags.map((t) => t.trim()).filter(Boolean))} />
          );
        } else if (f.kind === 'textarea') {
          control = <Textarea aria-label={label} className={cn('min-h-20', mark)} value={(raw as string | undefined) ?? ''} onChange={(e) => set(f.key, e.target.value)} />;
        } else {
          control = (
            <Input aria-label={label} className={mark} value={(raw as string | undefined) ?? ''}
              placeholder={f.kind === 'date' ? 'YYYY-MM' : undefined}
              onChange={(e) => set(f.key, f.kind === 'date' && !e.target.value.trim() ? undefined : e.target.value)} />
          );
        }
        return (
          <div key={f.key} className={cn(f.wide && 'md:col-span-2')} data-uncertain={unsure || undefined}>
            <Field label={f.label} hint={invalidDate ? undefined : hint} error={invalidDate ? 'Use a date like 2021 or 2021-03.' : undefined}>
              {control}
            </Field>
          </div>
        );
      })}
    </div>
  );
}
