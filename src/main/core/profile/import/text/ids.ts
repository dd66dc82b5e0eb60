import { createHash } from 'node:crypto';

/**
 * Deterministic fact ids: a short hash of the content, so importing the same document twice
 * gives the same ids. `createIdMaker()` adds a counter suffix when two facts hash alike.
 */
export function contentId(prefix: string, ...parts: (string | undefined)[]): string {
  const hash = createHash('sha1')
    .update(parts.map((p) => p ?? '').join('\u0001'))
    .digest('hex');
  return `${prefix}-${hash.slice(0, 10)}`;
}

export function createIdMaker() {
  const seen = new Map<string, number>();
  return {
    make(prefix: string, ...parts: (string | undefined)[]): string {
      const base = contentId(prefix, ...parts);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      return n === 0 ? base : `${base}-${n}`;
    },
  };
}
export type IdMaker = ReturnType<typeof createIdMaker>;
