/**
 * A small reader for the style rules in a page's <style> blocks: selector lists and their
 * declarations, top level only (rules inside @media/@supports apply only sometimes, so they are
 * not treated as hiding anything). Enough to find `.x{display:none}`-style hiding.
 */
export interface CssRule {
  selector: string;
  declarations: [string, string][];
}

/** Removes comments with a forward scan (a regex over a huge unterminated comment backtracks). */
function stripComments(css: string): string {
  if (!css.includes('/*')) return css;
  let out = '';
  let i = 0;
  for (;;) {
    const open = css.indexOf('/*', i);
    if (open < 0) return out + css.slice(i);
    out += css.slice(i, open);
    const close = css.indexOf('*/', open + 2);
    if (close < 0) return out;
    i = close + 2;
  }
}

/** Drops @-rules (with their blocks), in one forward pass whatever the input. */
function stripAtBlocks(css: string): string {
  let out = '';
  let i = 0;
  let nextBrace = -2;
  let nextSemi = -2;
  while (i < css.length) {
    const at = css.indexOf('@', i);
    if (at < 0) {
      out += css.slice(i);
      break;
    }
    out += css.slice(i, at);
    // Positions are cached: with many '@' and no '{' or ';' after them, rescanning would be quadratic.
    if (nextBrace !== -1 && nextBrace < at) nextBrace = css.indexOf('{', at);
    if (nextSemi !== -1 && nextSemi < at) nextSemi = css.indexOf(';', at);
    const brace = nextBrace;
    const semi = nextSemi;
    if (brace < 0 || (semi >= 0 && semi < brace)) {
      i = semi < 0 ? css.length : semi + 1; // @import …; @charset …;
      continue;
    }
    let depth = 0;
    let j = brace;
    for (; j < css.length; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}' && --depth === 0) break;
    }
    i = j + 1;
  }
  return out;
}

/**
 * `selector { declarations }` pairs, as /([^{}]+)\{([^{}]*)\}/g would find them, but by a forward
 * scan: that regex backtracks quadratically on a big style block without braces (minutes for 1 MB).
 */
export function parseCssRules(css: string, maxRules = 4000): CssRule[] {
  const clean = stripAtBlocks(stripComments(css));
  const rules: CssRule[] = [];
  let i = 0;
  let close = -2;
  while (rules.length < maxRules) {
    const open = clean.indexOf('{', i);
    if (open < 0) break;
    if (close !== -1 && close < open) close = clean.indexOf('}', open);
    if (close < 0) break;
    const inner = clean.indexOf('{', open + 1);
    if (inner >= 0 && inner < close) {
      i = open + 1; // a '{' inside the block: malformed, start again after it
      continue;
    }
    let selector = clean.slice(i, open);
    const stray = selector.lastIndexOf('}');
    if (stray >= 0) selector = selector.slice(stray + 1);
    const body = clean.slice(open + 1, close);
    i = close + 1;
    if (!selector.trim()) continue;
    const declarations: [string, string][] = [];
    for (const part of body.split(';')) {
      const colon = part.indexOf(':');
      if (colon < 0) continue;
      declarations.push([
        part.slice(0, colon).trim().toLowerCase(),
        part
          .slice(colon + 1)
          .replace(/!important/i, '')
          .trim()
          .toLowerCase(),
      ]);
    }
    rules.push({ selector: selector.trim(), declarations });
  }
  return rules;
}
