/**
 * Plain text from a (sanitised) DOM node, keeping the structure a reader relies on: paragraphs,
 * headings and bullet lists become separate lines; runs of whitespace collapse.
 */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'blockquote',
  'pre',
  'hr',
  'form',
  'fieldset',
  'address',
  'figure',
]);

const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre']);

export function htmlNodeToText(root: Node): string {
  // Line breaks are collected as numbers and a run of them becomes its largest member, so nested
  // blocks do not pile up blank lines: 1 = new line, 2 = new paragraph.
  const out: (string | number)[] = [];
  const walk = (node: Node, pre: boolean, inItem: boolean, depth = 0): void => {
    if (depth > 450) return;
    if (node.nodeType === 3) {
      const data = node.textContent ?? '';
      out.push(pre ? data : data.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toLowerCase() : '';
    if (tag === 'br') {
      out.push('\n');
      return;
    }
    const block = BLOCK.has(tag);
    if (block) out.push(1);
    if (tag === 'li') out.push('• ');
    if (tag === 'td' || tag === 'th') out.push(' ');
    for (let child = node.firstChild; child; child = child.nextSibling)
      walk(child, pre || tag === 'pre', inItem || tag === 'li', depth + 1);
    if (block) out.push(PARAGRAPH.has(tag) && !inItem ? 2 : 1);
  };
  walk(root, false, false);
  let text = '';
  let pending = 0;
  for (const piece of out) {
    if (typeof piece === 'number') pending = Math.max(pending, piece);
    else if (piece.trim() === '' && pending) continue;
    else {
      if (pending) text += '\n'.repeat(pending);
      pending = 0;
      text += piece;
    }
  }
  return tidyText(text);
}

/** Trims each line, drops blank runs longer than one line, and trims the whole. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/•\s*\n+/g, '• ')
    .trim();
}
