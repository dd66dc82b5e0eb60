import {
  declaredBackground,
  hiddenReason,
  invisibleAgainst,
  parseColor,
  type Declarations,
  type Rgba,
} from './hidden-style';
import { parseCssRules } from './css-rules';
import { emptyInvisibleCounts, stripInvisibleChars } from './invisible-chars';
import { emptyReport, type SanitizeReport } from './sanitize-report';

/**
 * Cleans a parsed page in place before anything is extracted from it: removes scripts, styles,
 * comments and embedded content, every element a person could not see (by inline style, by
 * stylesheet rule, by the `hidden` attribute, or text coloured like its background), and zero-width
 * and bidi-control characters. Returns what it removed.
 */

const RELEVANT = new Set([
  'display',
  'visibility',
  'opacity',
  'font-size',
  'position',
  'left',
  'top',
  'right',
  'text-indent',
  'transform',
  'clip',
  'clip-path',
  'overflow',
  'overflow-x',
  'overflow-y',
  'width',
  'height',
  'max-width',
  'max-height',
  'color',
  'background-color',
  'background',
]);
/** Rules queried against the page at most (each is a selector match over the whole document). */
const MAX_RULES = 4000;
/** Rules read per style block at most (reading is linear and cheap; see css-rules.ts). */
const MAX_PARSED_RULES = 200_000;
/** Real pages nest a few dozen levels; thousands is an attack on the parser's stack. */
const MAX_DEPTH = 400;
const WHITE: Rgba = [255, 255, 255, 1];

function parseInline(style: string, into: Declarations): void {
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const prop = part.slice(0, colon).trim().toLowerCase();
    if (!RELEVANT.has(prop)) continue;
    into.set(
      prop,
      part
        .slice(colon + 1)
        .replace(/!important/i, '')
        .trim()
        .toLowerCase(),
    );
  }
}

/** Declarations from <style> rules, matched to elements up front (simple cascade: later wins). */
function sheetDeclarations(doc: Document, extraCss: string[]): Map<Element, Declarations> {
  const map = new Map<Element, Declarations>();
  let budget = MAX_RULES;
  let present: Set<string> | undefined;
  for (const css of [...extraCss, ...Array.from(doc.querySelectorAll('style'), (s) => s.textContent ?? '')]) {
    for (const rule of parseCssRules(css, MAX_PARSED_RULES)) {
      const decls = rule.declarations.filter(([prop]) => RELEVANT.has(prop));
      if (
        !decls.length ||
        !worthMatching(decls) ||
        /:(hover|focus|active|visited|checked|before|after)|::/.test(rule.selector)
      )
        continue;
      present ??= classesAndIds(doc);
      if (!mayMatch(rule.selector, present)) continue;
      if (--budget < 0) break; // only rules that are queried count, so filler rules cannot use up the budget
      let matched: NodeListOf<Element>;
      try {
        matched = doc.querySelectorAll(rule.selector);
      } catch {
        continue; // a selector the DOM cannot evaluate: ignore the rule
      }
      for (const el of Array.from(matched)) {
        const existing = map.get(el) ?? new Map<string, string>();
        for (const [k, v] of decls) existing.set(k, v);
        map.set(el, existing);
      }
    }
    if (budget <= 0) break;
  }
  return map;
}

/** Every `.class` and `#id` used in the document (lower-cased), to skip rules that cannot match without querying. */
function classesAndIds(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('[class],[id]'))) {
    const id = el.getAttribute('id');
    if (id) out.add(`#${id}`.toLowerCase());
    for (const c of (el.getAttribute('class') ?? '').split(/\s+/)) if (c) out.add(`.${c}`.toLowerCase());
  }
  return out;
}

/**
 * Whether some selector of a selector list could match: each needs every class and id it names (outside
 * brackets and parentheses, where `:not(.x)` would mean the opposite) to occur in the document. Big
 * sites ship thousands of rules for components a page does not use; this skips them without a query.
 * Selectors with escapes or quotes are always queried.
 */
function mayMatch(selectorList: string, present: Set<string>): boolean {
  if (/[\\"']/.test(selectorList)) return true;
  let flat = selectorList.toLowerCase().replace(/\[[^\]]*\]/g, ' '); // lower case: quirks-mode pages match classes so
  for (let prev = ''; prev !== flat;) [prev, flat] = [flat, flat.replace(/\([^()]*\)/g, ' ')];
  return flat
    .split(',')
    .some((selector) => (selector.match(/[.#][-\w\u00A0-\uFFFF]+/g) ?? []).every((token) => present.has(token)));
}

/**
 * Only rules that can hide text are matched against the page (matching every rule of a big site's
 * CSS costs seconds): hiding declarations, and colours that are near-white, transparent or paired
 * with a background in the same rule.
 */
function worthMatching(decls: [string, string][]): boolean {
  const map = new Map(decls);
  if (!hiddenReason(map)) {
    const color = parseColor(map.get('color'));
    if (!color) return false;
    const lightOrClear = color[3] <= 0.05 || color[0] + color[1] + color[2] >= 3 * 235;
    if (!lightOrClear && !declaredBackground(map)) return false;
  }
  return true;
}

/** Removes a subtree bottom-up, so no removal has to recurse (jsdom's detach is recursive). */
function removeLeavesFirst(root: Node): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack[stack.length - 1]!;
    if (node.lastChild) stack.push(node.lastChild);
    else {
      stack.pop();
      node.parentNode?.removeChild(node);
    }
  }
}

function hasOwnText(el: Element): boolean {
  for (const node of Array.from(el.childNodes)) if (node.nodeType === 3 && node.textContent?.trim()) return true;
  return false;
}

const ALWAYS_REMOVED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
]);

/** `extraCss`: the text of <style> blocks taken out before parsing (parsing big CSS inside a DOM is slow). */
export function sanitizeDocument(
  doc: Document,
  report: SanitizeReport = emptyReport(),
  extraCss: string[] = [],
): SanitizeReport {
  const sheets = sheetDeclarations(doc, extraCss);
  const counts = emptyInvisibleCounts();

  /** Removes what never belongs in a description; true when `node` was removed. */
  const dropAlways = (node: Node): boolean => {
    if (node.nodeType === 8) {
      report.comments++;
      node.parentNode?.removeChild(node);
      return true;
    }
    if (node.nodeType === 3) {
      const text = node as Text;
      const cleaned = stripInvisibleChars(text.data, counts);
      if (cleaned.length !== text.data.length) text.data = cleaned;
      return false;
    }
    if (node.nodeType !== 1) return false;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    const removable =
      ALWAYS_REMOVED.has(tag) ||
      (tag === 'LINK' && /stylesheet/i.test(el.getAttribute('rel') ?? '')) ||
      (tag === 'INPUT' && el.getAttribute('type') === 'hidden');
    if (!removable) return false;
    if (tag === 'SCRIPT') report.scripts++;
    else if (tag === 'STYLE' || tag === 'LINK') report.styles++;
    el.remove();
    return true;
  };

  const visit = (el: Element, bg: Rgba, color: Rgba | null, depth = 0): void => {
    const decls: Declarations = new Map(sheets.get(el));
    const inline = el.getAttribute('style');
    if (inline) parseInline(inline, decls);
    const colorAttr = el.getAttribute('color');
    if (colorAttr && !decls.has('color')) decls.set('color', colorAttr.toLowerCase());
    const bgAttr = el.getAttribute('bgcolor');
    if (bgAttr && !decls.has('background-color')) decls.set('background-color', bgAttr.toLowerCase());

    let reason =
      depth > MAX_DEPTH
        ? 'nested too deeply'
        : el.getAttribute('data-jobsmith-hidden') ||
          (el.hasAttribute('hidden') ? 'hidden attribute' : decls.size ? hiddenReason(decls) : null);
    const ownBg = decls.size ? declaredBackground(decls) : null;
    const ownColor = decls.size ? parseColor(decls.get('color')) : null;
    const nextBg = ownBg ?? bg;
    const nextColor = ownColor ?? color;
    if (!reason && (ownBg || ownColor) && nextColor && invisibleAgainst(nextColor, nextBg) && hasOwnText(el)) {
      reason = 'same colour as background';
    }
    if (reason === 'nested too deeply') {
      report.hiddenPassages++;
      if (report.hiddenSamples.length < 30)
        report.hiddenSamples.push({ reason, text: '(content nested hundreds of levels deep)' });
      removeLeavesFirst(el);
      return;
    }
    if (reason && el !== doc.body) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) {
        report.hiddenPassages++;
        if (report.hiddenSamples.length < 30) report.hiddenSamples.push({ reason, text: text.slice(0, 160) });
      }
      el.remove();
      return;
    }
    let child = el.firstChild;
    while (child) {
      const next = child.nextSibling;
      if (!dropAlways(child) && child.nodeType === 1) visit(child as Element, nextBg, nextColor, depth + 1);
      child = next;
    }
  };
  // The head holds no visible text, but scripts, styles and comments are counted and dropped there too.
  for (const root of [doc.head, doc.body ?? doc.documentElement]) {
    if (!root) continue;
    if (root === doc.head) {
      let child = root.firstChild;
      while (child) {
        const next = child.nextSibling;
        dropAlways(child);
        child = next;
      }
    } else visit(root, WHITE, null);
  }
  for (let node = doc.firstChild; node;) {
    const next = node.nextSibling;
    if (node.nodeType === 8) dropAlways(node);
    node = next;
  }
  report.zeroWidthChars += counts.zeroWidth;
  report.bidiChars += counts.bidi;
  report.tagChars += counts.tags;
  report.variationSelectors += counts.variationSelectors;
  return report;
}
