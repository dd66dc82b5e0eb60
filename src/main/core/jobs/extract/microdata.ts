import type { ExtractedFields } from './extracted-fields';
import { mapJobPosting } from './job-posting-mapper';

/** schema.org JobPosting in microdata (itemscope/itemprop), read into an object and mapped like JSON-LD. */

function itemValue(el: Element): unknown {
  if (el.hasAttribute('itemscope')) return readItem(el);
  const tag = el.tagName.toLowerCase();
  if (tag === 'meta') return el.getAttribute('content') ?? '';
  if (tag === 'a' || tag === 'link') return el.getAttribute('href') ?? '';
  if (tag === 'time') return el.getAttribute('datetime') ?? el.textContent ?? '';
  if (el.hasAttribute('content')) return el.getAttribute('content');
  if (el.getAttribute('itemprop') === 'description') return el.innerHTML;
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function readItem(scope: Element): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  const type = scope.getAttribute('itemtype');
  if (type) item['@type'] = type.split(/\s+/)[0]!.replace(/^https?:\/\/schema\.org\//, '');
  const visit = (el: Element): void => {
    for (const child of Array.from(el.children)) {
      const props = child.getAttribute('itemprop');
      if (props) {
        for (const prop of props.split(/\s+/)) {
          const value = itemValue(child);
          const existing = item[prop];
          item[prop] =
            existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
        }
      }
      // a nested itemscope owns its own properties
      if (!child.hasAttribute('itemscope')) visit(child);
    }
  };
  visit(scope);
  return item;
}

export function extractMicrodata(doc: Document): ExtractedFields | null {
  const scope = doc.querySelector('[itemscope][itemtype*="schema.org/JobPosting" i]');
  if (!scope) return null;
  return mapJobPosting(readItem(scope));
}
