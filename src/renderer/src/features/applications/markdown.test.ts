// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders Markdown and keeps nothing that can run or load', () => {
    const html = renderMarkdown(
      '**Hemi** said [hi](https://example.com)\n\n<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><iframe src="https://evil"></iframe>',
    );
    expect(html).toContain('<strong>Hemi</strong>');
    expect(html).toContain('href="https://example.com"');
    expect(html).not.toMatch(/<script|<img|onerror|javascript:|<iframe/i);
  });
});
