/**
 * A small reader for the style rules in a page's <style> blocks: selector lists and their
 * declarations, top level only (rules inside @media/@supports apply only sometimes, so they are
 * not treated as hiding anything). Enough to find `.x{display:none}`-style hiding.
 */
export interface CssRule {
  selector: string;
  declarations: [string, string][];
}

function stripAtBlocks(css: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const at = css.indexOf('@', i);
    if (at < 0) {
      out += css.slice(i);
      break;
    }
    out += css.slice(i, at);
    const brace = css.indexOf('{', at);
    const semi = css.indexOf(';', at);
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

export function parseCssRules(css: string, maxRules = 4000): CssRule[] {
  const clean = stripAtBlocks(css.replace(/\/\*[\s\S]*?\*\//g, ''));
  const rules: CssRule[] = [];
  for (const m of clean.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (rules.length >= maxRules) break;
    const declarations: [string, string][] = [];
    for (const part of m[2]!.split(';')) {
      const colon = part.indexOf(':');
      if (colon < 0) continue;
      declarations.push([part.slice(0, colon).trim().toLowerCase(), part.slice(colon + 1).replace(/!important/i, '').trim().toLowerCase()]);
    }
    rules.push({ selector: m[1]!.trim(), declarations });
  }
  return rules;
}
