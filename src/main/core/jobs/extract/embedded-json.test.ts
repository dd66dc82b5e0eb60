import { describe, expect, it } from 'vitest';
import { buildPage } from '../testing/job-page-builder';
import { embeddedJsonBlobs, findEmbeddedPosting } from './embedded-json';

describe('the posting in embedded page-state JSON, found by shape', () => {
  it('resolves a voyager-like company reference and workplace type, and ignores job cards', () => {
    const page = buildPage('embedded-voyager', 'pt', 2);
    const found = findEmbeddedPosting(page.html);
    expect(found?.fields).toMatchObject({
      title: page.expected.title,
      company: page.expected.company,
      remote: page.expected.remote,
      postedAt: page.expected.postedAt,
    });
  });

  it('takes the posting, not a similar job listed beside it, under any key names', () => {
    for (const seed of [1, 2, 3, 4]) {
      const page = buildPage('embedded-next', 'de', seed);
      const found = findEmbeddedPosting(page.html);
      expect(found?.fields.title).toBe(page.expected.title);
      expect(found?.fields.salary).toEqual(page.expected.salary);
      expect(found?.locationParts?.postalCode).toBeTruthy();
    }
  });

  it('reads window state assignments and skips JSON-LD, broken and posting-less blobs', () => {
    const html = `<script>window.__APP__ = {"a": [1, 2, "}"], "b": {"c": "a string with a brace } inside and more text"}};</script><script type="application/json">{broken</script>
<script type="application/ld+json">{"@type":"JobPosting","title":"LD","description":"${'x'.repeat(300)}"}</script>`;
    expect(embeddedJsonBlobs(html)).toHaveLength(1);
    expect(findEmbeddedPosting(html)).toBeNull();
    expect(findEmbeddedPosting('<html><body>no scripts</body></html>')).toBeNull();
  });
});
