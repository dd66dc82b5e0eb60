import { randomUUID } from 'node:crypto';

/** A fresh stable id for a profile fact (entry, bullet, skill): short, unique, prefixed by kind. */
export function newFactId(prefix: string): string {
  return `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
}
