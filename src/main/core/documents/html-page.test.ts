import { describe, expect, it } from 'vitest';
import { checkPageUrl, exportHtmlPage } from './html-page';
import { janeDoe } from './testing/profiles.fixture';

describe('personal web page', () => {
  it('is one static file: inline CSS, no scripts, a QR code as inline SVG, links for mail and web addresses', async () => {
    const { html, warnings } = await exportHtmlPage(janeDoe(), 'https://janedoe.dev/cv');
    expect(warnings).toEqual([]);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("default-src 'none'");
    expect(html).toMatch(
      /<figure aria-label="QR code"><svg[\s\S]*<\/svg>\s*<figcaption>janedoe\.dev\/cv<\/figcaption>/,
    );
    expect(html).not.toMatch(/<script|<link|src="http|\son\w+=/i);
    expect(html).toContain('<a href="mailto:jane.doe@example.com">');
    expect(html).toContain('<a href="https://github.com/janedoe">github.com/janedoe</a>');
  });

  it('escapes profile text and refuses addresses that are not web pages', async () => {
    const p = janeDoe();
    p.basics.name = '<script>alert(1)</script>';
    p.work[0]!.highlights[0]!.text = '"><img src=x onerror=alert(1)>';
    const { html } = await exportHtmlPage(p, undefined);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script|<img/i);
    expect(() => checkPageUrl('javascript:alert(1)')).toThrow(/only point to a web page/);
    expect(() => checkPageUrl('not a url')).toThrow(/is not a web address/);
  });

  it('says when there is no address for the QR code', async () => {
    const p = janeDoe();
    p.basics.url = '';
    const { html, warnings } = await exportHtmlPage(p, '');
    expect(html).not.toContain('<svg');
    expect(warnings[0]).toMatch(/no QR code/);
  });
});
