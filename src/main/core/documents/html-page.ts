import QRCode from 'qrcode';
import type { Profile } from '../../../shared/domain/profile';
import { AppError } from '../../../shared/ipc/result';
import { cvView } from './cv-view';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Only http(s) links end up in the page and its QR code. */
export function checkPageUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new AppError(
      'BAD_INPUT',
      `"${url}" is not a web address. Give a link like https://example.com/cv for the QR code.`,
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new AppError(
      'BAD_INPUT',
      `The QR code can only point to a web page (http or https), not "${parsed.protocol}".`,
    );
  return parsed.href;
}

const CSS = `*{box-sizing:border-box}body{margin:0;font:16px/1.55 "Noto Sans",system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2530;background:#f4f6f8}
main{max-width:860px;margin:2rem auto;background:#fff;padding:2.5rem 3rem;border-radius:10px;box-shadow:0 1px 4px rgba(0,0,0,.08)}
header{display:flex;gap:2rem;justify-content:space-between;align-items:flex-start;border-bottom:2px solid #1f5f8b;padding-bottom:1rem}
h1{margin:0;font-size:2.2rem;color:#1f5f8b}h2{font-size:1.05rem;text-transform:uppercase;letter-spacing:.06em;color:#1f5f8b;margin:1.8rem 0 .6rem}
h3{font-size:1rem;margin:1rem 0 .1rem}.label{font-size:1.2rem;margin:.2rem 0}.contacts{margin:.4rem 0 0;padding:0;list-style:none;color:#4a5563}
.contacts li{display:inline}.contacts li+li:before{content:" · "}.meta{color:#5b6675;font-size:.92rem}a{color:#1f5f8b}
figure{margin:0;text-align:center;font-size:.8rem;color:#5b6675}figure svg{width:120px;height:120px}ul{padding-left:1.2rem;margin:.3rem 0}
@media print{body{background:#fff}main{box-shadow:none;margin:0}}@media(max-width:640px){main{padding:1.2rem}header{flex-direction:column}}`;

/**
 * A one-page personal web page: one static HTML file with inline CSS, no scripts, and a QR code
 * (inline SVG) pointing to `url`, the address the user gives for their CV or profile.
 */
export async function exportHtmlPage(
  profile: Profile,
  url: string | undefined,
): Promise<{ html: string; warnings: string[] }> {
  const v = cvView(profile);
  const warnings: string[] = [];
  const target = url?.trim() ? checkPageUrl(url) : profile.basics.url ? checkPageUrl(profile.basics.url) : null;
  if (!target)
    warnings.push('No web address was given, so the page has no QR code. Give the address where the page will live.');
  const qr = target ? await QRCode.toString(target, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) : '';
  const link = (c: string): string =>
    /^[^@\s/]+@[^@\s]+$/.test(c)
      ? `<a href="mailto:${esc(c)}">${esc(c)}</a>`
      : /^(https?:\/\/)?[\p{L}\p{N}.-]+\.\p{L}{2,}(\/\S*)?$/iu.test(c)
        ? `<a href="${esc(/^https?:/i.test(c) ? c : `https://${c}`)}">${esc(c.replace(/^https?:\/\//i, ''))}</a>`
        : esc(c);
  const sections = v.sections
    .map((s) => {
      const entries = s.entries
        .map((e) => {
          const bullets = e.bullets.length ? `<ul>${e.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>` : '';
          const meta = [e.dates, e.location].filter(Boolean).map(esc).join(' · ');
          return `<h3>${esc([e.title, e.org].filter(Boolean).join(', '))}</h3>${meta ? `<div class="meta">${meta}</div>` : ''}${e.summary ? `<p>${esc(e.summary)}</p>` : ''}${bullets}`;
        })
        .join('');
      const lines = s.lines.length
        ? `<ul>${s.lines.map((l) => `<li>${l.label && l.text ? `<strong>${esc(l.label)}:</strong> ${esc(l.text)}` : esc(l.label || l.text)}</li>`).join('')}</ul>`
        : '';
      return `<section><h2>${esc(s.title)}</h2>${entries}${lines}</section>`;
    })
    .join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(v.name || 'CV')}${v.label ? ` · ${esc(v.label)}` : ''}</title>
<meta name="description" content="${esc(v.summary.slice(0, 160))}">
<style>${CSS}</style></head>
<body><main>
<header><div><h1>${esc(v.name)}</h1>${v.label ? `<p class="label">${esc(v.label)}</p>` : ''}<ul class="contacts">${v.contacts.map((c) => `<li>${link(c)}</li>`).join('')}</ul></div>
${qr ? `<figure aria-label="QR code">${qr}<figcaption>${esc(target!.replace(/^https?:\/\//, ''))}</figcaption></figure>` : ''}</header>
${v.summary ? `<section><h2>Summary</h2><p>${esc(v.summary)}</p></section>` : ''}
${sections}
</main></body></html>
`;
  return { html, warnings };
}
