import { decodeEntities } from './extracted-fields';

/**
 * schema.org JobPosting in JSON-LD: finds the blocks with a regex (no DOM needed, so it is fast on
 * 500 KB pages; the type may be entity-encoded, `application/ld&#x2B;json`), parses them leniently (comments, CDATA, trailing commas, raw newlines in strings),
 * and walks @graph, arrays and nesting to find every JobPosting node.
 */
const BLOCK =
  /<script\b[^>]*type\s*=\s*["']?application\/ld(?:\+|&#x0*2B;|&#0*43;|&plus;|%2B)json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

export interface JsonLdScan {
  postings: Record<string, unknown>[];
  /** Blocks that could not be parsed even after repair. */
  invalidBlocks: number;
}

export function scanJsonLd(html: string): JsonLdScan {
  const postings: Record<string, unknown>[] = [];
  let invalidBlocks = 0;
  for (const match of html.matchAll(BLOCK)) {
    const parsed = parseLenient(match[1] ?? '');
    if (parsed === undefined) {
      invalidBlocks++;
      continue;
    }
    collectPostings(parsed, postings, 0);
  }
  return { postings, invalidBlocks };
}

export function parseLenient(raw: string): unknown {
  const body = raw
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '')
    .replace(/^<!\[CDATA\[|\]\]>$/g, '')
    .trim();
  if (!body) return undefined;
  if (/^[[{]\s*&quot;/.test(body)) return parseLenient(decodeEntities(body));
  try {
    return JSON.parse(body);
  } catch {
    /* try a repair */
  }
  try {
    return JSON.parse(repairJson(body));
  } catch {
    return undefined;
  }
}

/** Escapes raw control characters inside strings and drops trailing commas. */
function repairJson(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') {
        out += ch + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (ch === '"') inString = false;
      else if (ch === '\n') {
        out += '\\n';
        continue;
      } else if (ch === '\r') continue;
      else if (ch === '\t') {
        out += '\\t';
        continue;
      }
      out += ch;
      continue;
    }
    if (ch === '"') inString = true;
    out += ch;
  }
  return out.replace(/,\s*([}\]])/g, '$1');
}

function isJobPosting(node: Record<string, unknown>): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(^|[/:])JobPosting$/i.test(t));
}

function collectPostings(node: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > 8 || !node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectPostings(item, out, depth + 1);
    return;
  }
  const obj = node as Record<string, unknown>;
  if (isJobPosting(obj)) {
    out.push(obj);
    return;
  }
  for (const key of ['@graph', 'mainEntity', 'itemListElement', 'item', 'about']) {
    if (key in obj) collectPostings(obj[key], out, depth + 1);
  }
}
