import type { AliasEntry, Taxonomy } from './taxonomy/taxonomy';

/**
 * A character trie over every alias, keyed case-insensitively, with runs of spaces, hyphens and
 * underscores folded into one space. Scanning walks the original text so offsets stay exact.
 */
export interface TrieNode {
  next: Map<string, TrieNode>;
  terminals: AliasEntry[] | null;
}

const newNode = (): TrieNode => ({ next: new Map(), terminals: null });

export const isSeparator = (ch: string): boolean =>
  ch === ' ' || ch === '\t' || ch === '-' || ch === '_' || ch === '\u00a0';

/** Lowercases one UTF-16 unit, keeping length 1 so offsets never shift. */
export function foldChar(ch: string): string {
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

export function buildAliasTrie(taxonomy: Taxonomy): TrieNode {
  const root = newNode();
  for (const alias of taxonomy.aliases) {
    let node = root;
    let pendingSpace = false;
    for (const ch of alias.surface.trim()) {
      if (isSeparator(ch)) {
        pendingSpace = true;
        continue;
      }
      if (pendingSpace) {
        node = child(node, ' ');
        pendingSpace = false;
      }
      for (const unit of ch.split('')) node = child(node, foldChar(unit));
    }
    (node.terminals ??= []).push(alias);
  }
  return root;
}

function child(node: TrieNode, key: string): TrieNode {
  let next = node.next.get(key);
  if (!next) {
    next = newNode();
    node.next.set(key, next);
  }
  return next;
}

export interface TrieHit {
  start: number;
  end: number;
  terminals: AliasEntry[];
}

/**
 * Every alias that starts at `start`, longest last. A run of separators in the text matches one
 * separator in the alias; a line break never does (a skill does not span two lines).
 */
export function walkFrom(root: TrieNode, text: string, start: number): TrieHit[] {
  const hits: TrieHit[] = [];
  let node: TrieNode | undefined = root;
  let i = start;
  while (i < text.length && node) {
    const ch = text[i]!;
    if (isSeparator(ch)) {
      let j = i;
      while (j < text.length && isSeparator(text[j]!)) j++;
      node = node.next.get(' ');
      i = j;
      continue;
    }
    node = node.next.get(foldChar(ch));
    i++;
    if (node?.terminals) hits.push({ start, end: i, terminals: node.terminals });
  }
  return hits;
}
