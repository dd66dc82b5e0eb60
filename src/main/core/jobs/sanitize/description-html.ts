/**
 * Writes a sanitised DOM subtree out as allow-listed HTML: only the description tags and attributes
 * (the same lists and URL rule DOMPurify is given in sanitize-html.ts), every text and attribute value
 * escaped, links marked rel="noopener noreferrer nofollow". Because the markup is generated here
 * from a tree parse5 built the way a browser would, nothing is re-parsed on the way out, which is
 * what DOMPurify guards against (mutation XSS); and it costs a fraction of a millisecond where
 * DOMPurify in jsdom costs several. The renderer still runs DOMPurify before showing anything, and a
 * test checks that DOMPurify leaves this output unchanged.
 */

const XHTML = 'http://www.w3.org/1999/xhtml';
const VOID = new Set(['br', 'hr']);
/** Dropped with everything inside them (DOMPurify's FORBID_CONTENTS); other unknown tags are unwrapped. */
const DROP_WITH_CONTENT = new Set([
  'annotation-xml',
  'audio',
  'colgroup',
  'desc',
  'foreignobject',
  'head',
  'iframe',
  'math',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
  'script',
  'selectedcontent',
  'style',
  'svg',
  'template',
  'title',
  'video',
  'xmp',
  'object',
  'embed',
  'canvas',
  'frame',
  'frameset',
]);
/** DOMPurify's IS_ALLOWED_URI: a few safe schemes, or no scheme at all (relative links). */
const SAFE_URI = /^(?:(?:(?:f|ht)tps?|mailto|tel|callto|sms|cid|xmpp|matrix):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
// eslint-disable-next-line no-control-regex
const URI_WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;
const MAX_DEPTH = 450;

const escapeText = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00A0/g, '&nbsp;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

function attributeValue(name: string, value: string): string | null {
  if (name === 'href') return SAFE_URI.test(value.replace(URI_WHITESPACE, '')) ? value : null;
  if (name === 'colspan' || name === 'rowspan') return /^\s*\d{1,4}\s*$/.test(value) ? value.trim() : null;
  return value;
}

/** The inner HTML of `root`, allow-listed. `tags` and `attrs` are lower-case names. */
export function allowListedHtml(root: Node, tags: ReadonlySet<string>, attrs: readonly string[]): string {
  const out: string[] = [];
  const write = (node: Node, depth: number): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out.push(escapeText((child as Text).data));
        continue;
      }
      if (child.nodeType !== 1 || depth >= MAX_DEPTH) continue; // comments, processing instructions
      const el = child as Element;
      const tag = el.localName.toLowerCase();
      if ((el.namespaceURI ?? XHTML) !== XHTML || DROP_WITH_CONTENT.has(tag)) continue;
      if (!tags.has(tag)) {
        write(el, depth + 1); // unknown or disallowed tag: keep its content, drop the tag
        continue;
      }
      out.push(`<${tag}`);
      for (const name of attrs) {
        const raw = el.getAttribute(name);
        const value = raw === null ? null : attributeValue(name, raw);
        if (value !== null) out.push(` ${name}="${escapeAttr(value)}"`);
      }
      if (tag === 'a') out.push(' rel="noopener noreferrer nofollow"');
      out.push('>');
      if (VOID.has(tag)) continue;
      write(el, depth + 1);
      out.push(`</${tag}>`);
    }
  };
  write(root, 0);
  return out.join('');
}
