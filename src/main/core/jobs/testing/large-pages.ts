import { buildPage } from './job-page-builder';

/**
 * Big and hostile pages for the speed targets (bench/jobs.ts): a real-sized 2 MB posting in each
 * main shape, and pathological ones (deep or unbalanced embedded JSON, thousands of rails, endless
 * label lines, an unclosed element, a megabyte of encoded `<code>` payload).
 */
export interface LargePage {
  name: string;
  url: string;
  html: string;
}

const MB = 1_000_000;
const filler = (size: number): string => {
  const block =
    '<div class="card"><span class="tag">Engineering</span><p>Our teams ship small changes often and write things down.</p></div>\n';
  return block.repeat(Math.ceil(size / block.length));
};

/**
 * Pads a built page to about `size` characters the way real 2 MB job pages are heavy: mostly
 * scripts, styles and inline icons, with `markup` characters of visible page around the posting.
 */
function padded(cls: Parameters<typeof buildPage>[0], size: number, markup = 250_000): LargePage {
  const page = buildPage(cls, 'en', 7);
  const rest = Math.max(0, size - page.html.length - markup);
  const script = `<script>${'window.__chunk=(window.__chunk||[]).concat([function(e,t,n){"use strict";n.d(t,{a:function(){return r}});var r=e.exports}]);\n'.repeat(Math.ceil((rest * 0.6) / 120))}</script>`;
  const style = `<style>${'.c-card__title{font:600 1rem/1.4 system-ui;color:#1f2937;margin:0 0 .5rem}\n'.repeat(Math.ceil((rest * 0.25) / 70))}</style>`;
  const svg = `<svg viewBox="0 0 24 24"><path d="${'M12 2L2 7l10 5 10-5-10-5z'.repeat(Math.ceil((rest * 0.15) / 26))}"/></svg>`;
  const html = page.html
    .replace('</head>', `${style}${script}</head>`)
    .replace('<body>', `<body>${svg}<nav>${filler(markup / 2)}</nav>`)
    .replace('</body>', `<footer>${filler(markup / 2)}</footer></body>`);
  return {
    name: `${cls}, ${(html.length / MB).toFixed(1)} MB (scripts, styles, icons, ${markup / 1000} KB markup)`,
    url: page.url,
    html,
  };
}

export function largePages(): LargePage[] {
  const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
  const unbalanced = `<script>window.__STATE__ = {"x": "${'y'.repeat(MB)}", ${'{"z":['.repeat(20000)}</script>`;
  const manyRails = `<html><head><title>Engineer – Acme – Careers</title></head><body><h1>Engineer</h1>${'<div class="similar-jobs"><h3>Similar jobs</h3><p>Other job</p></div>'.repeat(20000)}<p>${'We build tools. '.repeat(40)}</p></body></html>`;
  const unclosedRail = `<html><body><h1>Engineer</h1><div class="similar-jobs">${'<div><p>Other job $100,000</p>'.repeat(30000)}</body></html>`;
  const labels = `<html><body><h1>Engineer</h1>${'<p>Location: Berlin, Germany</p><p>Salary: €1 – €2 per year</p>'.repeat(25000)}</body></html>`;
  const code = `<html><body><h1>Engineer</h1><code>{&quot;included&quot;:[${Array.from({ length: 8000 }, (_, i) => `{&quot;entityUrn&quot;:&quot;urn:li:x:${i}&quot;,&quot;title&quot;:&quot;Job ${i}&quot;,&quot;description&quot;:{&quot;text&quot;:&quot;${'t'.repeat(100)}&quot;}}`).join(',')}]}</code></body></html>`;
  const attrs = `<html><body><h1 ${Array.from({ length: 20000 }, (_, i) => `data-a${i}="x"`).join(' ')}>Engineer</h1><p>${'text '.repeat(100)}</p></body></html>`;
  return [
    padded('json-ld', 2 * MB),
    padded('embedded-next', 2 * MB),
    padded('plain', 2 * MB),
    padded('site:linkedin', 2 * MB),
    { ...padded('plain', 2 * MB, 1_900_000), name: 'pathological: 2 MB of visible markup, no structured data' },
    {
      name: 'pathological: JSON nested 5,000 deep in __NEXT_DATA__',
      url: 'https://x.test/1',
      html: `<html><body><script id="__NEXT_DATA__" type="application/json">${deep}</script></body></html>`,
    },
    {
      name: 'pathological: 1 MB unbalanced window state',
      url: 'https://x.test/2',
      html: `<html><body><h1>Engineer</h1>${unbalanced}</body></html>`,
    },
    { name: 'pathological: 20,000 similar-jobs rails', url: 'https://x.test/3', html: manyRails },
    { name: 'pathological: unclosed rail of 30,000 elements', url: 'https://x.test/4', html: unclosedRail },
    { name: 'pathological: 50,000 label lines', url: 'https://x.test/5', html: labels },
    { name: 'pathological: 8,000 encoded voyager entities', url: 'https://x.test/6', html: code },
    { name: 'pathological: 20,000 attributes on the heading', url: 'https://x.test/7', html: attrs },
  ];
}
