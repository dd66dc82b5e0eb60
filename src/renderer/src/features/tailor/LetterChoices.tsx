import { LetterLength } from '../../../../shared/domain/tailor';
import { useTailor } from './tailor-store';

/** The most key points a letter takes (TailorOptions allows 10; a letter reads best with a few). */
export const MAX_KEY_POINTS = 4;

/** A labelled choice among a few named options (the letter's tone and length). */
export function OptionSelect<T extends string>({
  label,
  value,
  options,
  onChange,
  disabled,
}: {
  label: string;
  value: T;
  options: readonly T[];
  onChange: (v: T) => void;
  disabled: boolean;
}) {
  return (
    <label className="flex w-fit flex-col text-xs">
      {label}
      <select
        aria-label={label}
        className="h-8 rounded-md border border-border bg-surface px-2 text-sm"
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
        disabled={disabled}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The cover letter's length and key points, chosen from the facts the selection stage proposes for this job. */
export function LetterChoices({
  length,
  onLength,
  keyPoints,
  onKeyPoints,
  disabled,
}: {
  length: LetterLength;
  onLength: (l: LetterLength) => void;
  keyPoints: string[];
  onKeyPoints: (ids: string[]) => void;
  disabled: boolean;
}) {
  const choices = useTailor((s) => s.keyPointChoices);
  const toggle = (id: string) =>
    onKeyPoints(keyPoints.includes(id) ? keyPoints.filter((k) => k !== id) : [...keyPoints, id]);
  return (
    <div className="flex flex-col gap-2">
      <OptionSelect
        label="Letter length"
        value={length}
        options={LetterLength.options}
        onChange={onLength}
        disabled={disabled}
      />
      {choices.length ? (
        <fieldset className="flex flex-col gap-1 text-xs" aria-label="Key points for the letter" disabled={disabled}>
          <legend className="mb-1">
            Key points for the letter (
            {keyPoints.length ? `${keyPoints.length} of ${MAX_KEY_POINTS}` : `none picked: the strongest are used`})
          </legend>
          {choices.map((c) => {
            const picked = keyPoints.includes(c.factId);
            return (
              <label key={c.factId} className="flex items-start gap-2" title={c.reason}>
                <input
                  type="checkbox"
                  className="mt-0.5"
                  checked={picked}
                  disabled={!picked && keyPoints.length >= MAX_KEY_POINTS}
                  onChange={() => toggle(c.factId)}
                />
                <span>
                  {c.text}
                  {c.serves.length ? <span className="text-fg-muted"> · {c.serves.slice(0, 3).join(', ')}</span> : null}
                </span>
              </label>
            );
          })}
        </fieldset>
      ) : null}
    </div>
  );
}
