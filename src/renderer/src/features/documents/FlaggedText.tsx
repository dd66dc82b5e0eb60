import type { TruthFlag } from '../../../../shared/domain/document';

/** Where a flag's claim sits in `text` now: its stored span if it still holds the claim, else the claim's first occurrence. */
export function flagSpan(text: string, flag: TruthFlag): [number, number] | null {
  if (text.slice(flag.start, flag.end) === flag.text) return [flag.start, flag.end];
  const at = flag.text ? text.indexOf(flag.text) : -1;
  return at >= 0 ? [at, at + flag.text.length] : null;
}

/** A block's text with its open truth flags marked on their spans (the reason as the tooltip). */
export function FlaggedText({ text, flags }: { text: string; flags: TruthFlag[] }) {
  const spans = flags
    .filter((f) => f.status === 'open')
    .map((f) => ({ flag: f, span: flagSpan(text, f) }))
    .filter((x): x is { flag: TruthFlag; span: [number, number] } => x.span !== null)
    .sort((a, b) => a.span[0] - b.span[0]);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const { flag, span } of spans) {
    if (span[0] < at) continue;
    parts.push(text.slice(at, span[0]));
    parts.push(
      <mark
        key={flag.id}
        title={flag.reason}
        aria-label={`Unchecked claim: ${flag.text}. ${flag.reason}`}
        className="rounded bg-warning/25 px-0.5 text-fg underline decoration-warning decoration-wavy"
      >
        {text.slice(span[0], span[1])}
      </mark>,
    );
    at = span[1];
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
