/**
 * Lays a synthetic CV out as HTML in one of several templates, to be printed to PDF by Chromium:
 * single column, two columns, a sidebar left or right, a date column, a table of labelled rows,
 * a coloured header band.
 */
import { AT_WORD } from './cv-vocab';
import type { CvView, EduView, SectionView, Template, WorkView } from './cv-generate';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export type DatePlace = 'right' | 'inline' | 'own' | 'left';

/** The header lines of a job without its dates: what each convention prints. */
export function workHead(w: WorkView, lang: CvView['lang']): { first: string; rest: string[] } {
  const loc = w.location;
  if (w.order === 'at' || w.order === 'sep') {
    const first =
      w.order === 'at' ? `${w.title} ${AT_WORD[lang]} ${w.company}` : `${w.title}${w.sep ?? ' | '}${w.company}`;
    return { first, rest: loc ? [loc] : [] };
  }
  const [a, b] = w.order === 'title-first' ? [w.title, w.company] : [w.company, w.title];
  if (!loc) return { first: a, rest: [b] };
  if (w.locOwnLine) return { first: a, rest: [b, loc] };
  return { first: a, rest: [`${b}, ${loc}`] };
}

export function eduHead(e: EduView): { first: string; rest: string[] } {
  const [a, b] = e.degreeFirst ? [e.degree, e.institution] : [e.institution, e.degree];
  const extra = [e.location, e.gpa].filter(Boolean).join(' · ');
  return { first: a, rest: [b, ...(extra ? [extra] : [])] };
}

function entryHtml(head: { first: string; rest: string[] }, dates: string, place: DatePlace, body: string): string {
  const d = `<span class="dates">${esc(dates)}</span>`;
  const rest = head.rest.map((r) => `<div class="sub">${esc(r)}</div>`).join('');
  if (place === 'left') {
    return `<div class="entry grid"><div class="dcol">${d}</div><div><div class="head"><b>${esc(head.first)}</b></div>${rest}${body}</div></div>`;
  }
  const first =
    place === 'right'
      ? `<div class="head row"><b>${esc(head.first)}</b>${d}</div>`
      : place === 'inline'
        ? `<div class="head"><b>${esc(head.first)}</b> | ${d}</div>`
        : `<div class="head"><b>${esc(head.first)}</b></div>`;
  const own = place === 'own' ? `<div class="sub"><i>${esc(dates)}</i></div>` : '';
  return `<div class="entry">${first}${rest}${own}${body}</div>`;
}

export function sectionHtml(s: SectionView, v: CvView, place: DatePlace): string {
  const h = s.heading ? `<h2>${esc(s.heading)}</h2>` : '';
  const ul = (items: string[]): string =>
    v.bullet
      ? `<ul class="nb">${items.map((b) => `<li>${esc(`${v.bullet} ${b}`)}</li>`).join('')}</ul>`
      : `<ul>${items.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`;
  switch (s.kind) {
    case 'summary':
      return `${h}<p>${esc(s.text)}</p>`;
    case 'work':
      return h + s.entries.map((w) => entryHtml(workHead(w, v.lang), w.dates, place, ul(w.bullets))).join('');
    case 'education':
      return h + s.entries.map((e) => entryHtml(eduHead(e), e.dates, place, '')).join('');
    case 'skills':
      if (s.skills.groups)
        return (
          h +
          s.skills.groups.map((g) => `<div class="sk"><b>${esc(g.name)}:</b> ${esc(g.items.join(', '))}</div>`).join('')
        );
      return h + `<div class="sk">${esc(s.skills.flat!.join(', '))}</div>`;
    case 'projects':
      return (
        h +
        s.entries
          .map((x) =>
            x.inline
              ? `<div class="sk"><b>${esc(x.name)}</b> – ${esc(x.desc)}</div>`
              : `<div class="entry"><div class="head"><b>${esc(x.name)}</b></div><div class="sub">${esc(x.desc)}</div></div>`,
          )
          .join('')
      );
    case 'list':
      return h + s.items.map((x) => `<div class="sk">${esc(x)}</div>`).join('');
  }
}

/** Contact items, each after its icon when the CV has icons. */
export const contactItems = (v: CvView): string[] =>
  v.contacts.map((c, i) => (v.icons?.[i] ? `${v.icons[i]} ${c}` : c));

function contactHtml(v: CvView, stacked = false): string {
  const items = contactItems(v);
  if (v.contactSep && !stacked) return `<div class="contact">${items.map(esc).join(esc(v.contactSep))}</div>`;
  return items.map((c) => `<div class="contact">${esc(c)}</div>`).join('');
}

const CSS = `
body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;margin:0;color:#222}
.page{padding:28px 36px}
h1{font-size:22pt;margin:0 0 2px}
.label{font-size:12pt;color:#444;margin-bottom:4px}
h2{font-size:12.5pt;margin:14px 0 6px;border-bottom:1px solid #999;padding-bottom:2px}
.caps h2{text-transform:uppercase;letter-spacing:0.5px}
.entry{margin-bottom:8px}
.row{display:flex;justify-content:space-between}
.grid{display:grid;grid-template-columns:120px 1fr;gap:10px}
.dates{color:#333}
ul{margin:3px 0 0 0;padding-left:18px}
ul.nb{list-style:none;padding-left:6px}
.long{font-size:11pt;line-height:1.4}
.long .entry{margin-bottom:22px}
.long h2{margin-top:22px}
li{margin:1px 0}
p{margin:0 0 4px}
.sk{margin:2px 0}
.cols{display:flex;gap:24px}
.side{background:#eef1f5;padding:20px 14px;width:33%;box-sizing:border-box;font-size:8.5pt;overflow-wrap:anywhere}
.main{flex:1;padding:20px 24px 20px 0}
.band{background:#1f3a5f;color:#fff;padding:22px 36px}
.band .label{color:#dde}
table.t{border-collapse:collapse;width:100%}
table.t td{vertical-align:top;padding:6px 4px}
table.t td.lab{width:22%;font-weight:bold;font-size:11.5pt}
`;

/** The whole document for a template. */
export function renderHtml(v: CvView, template: Template): string {
  const head = `<h1>${esc(v.name)}</h1><div class="label">${esc(v.label)}</div>`;
  const all = (place: DatePlace, secs = v.sections): string => secs.map((s) => sectionHtml(s, v, place)).join('');
  const isSide = (s: SectionView): boolean => s.kind === 'skills' || s.kind === 'list';
  let inner: string;
  switch (template) {
    case 'single':
      inner = `<div class="page">${head}${contactHtml(v)}${all('right')}</div>`;
      break;
    case 'header-band':
      inner = `<div class="band">${head}${contactHtml(v)}</div><div class="page">${all('own')}</div>`;
      break;
    case 'date-column':
      inner = `<div class="page">${head}${contactHtml(v)}${all('left')}</div>`;
      break;
    case 'two-column': {
      const left: SectionView[] = v.sections.filter((s) => s.kind === 'summary' || s.kind === 'work');
      const right = v.sections.filter((s) => !left.includes(s));
      inner = `<div class="page">${head}${contactHtml(v)}<div class="cols"><div style="flex:3">${all('own', left)}</div><div style="flex:2">${all('own', right)}</div></div></div>`;
      break;
    }
    case 'sidebar-left':
    case 'sidebar-right': {
      const side = `<div class="side"><h2>${esc(v.contactHeading)}</h2>${contactHtml(v, true)}${all('own', v.sections.filter(isSide))}</div>`;
      const main = `<div class="main">${head}${all(
        template === 'sidebar-left' ? 'right' : 'inline',
        v.sections.filter((s) => !isSide(s)),
      )}</div>`;
      inner = `<div class="cols">${template === 'sidebar-left' ? side + main : main.replace('class="main"', 'class="main" style="padding-left:28px"') + side}</div>`;
      break;
    }
    case 'table': {
      const rows = v.sections.map((s) => {
        const html = sectionHtml(s, v, 'right');
        const [, content = html] = html.match(/^<h2>.*?<\/h2>([\s\S]*)$/) ?? [];
        return `<tr><td class="lab">${esc(s.heading)}</td><td>${content}</td></tr>`;
      });
      inner = `<div class="page">${head}${contactHtml(v)}<table class="t">${rows.join('')}</table></div>`;
      break;
    }
  }
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body class="${[v.caps ? 'caps' : '', v.long ? 'long' : ''].join(' ').trim()}">${inner}</body></html>`;
}
