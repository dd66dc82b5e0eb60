import { deflateSync, zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { listZipEntries, unzipGuarded } from './zip-guard';

/** A real bomb: 60 MB of zeros compresses to ~60 KB, far past the ratio limit. */
const zeros = (mb: number) => new Uint8Array(mb * 1024 * 1024);

/** Rewrites the declared uncompressed size in every header so it lies (says 1 KB). */
function lieAboutSizes(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i < out.length - 4; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, 1024, true); // local header
    if (sig === 0x02014b50) view.setUint32(i + 24, 1024, true); // central directory
  }
  return out;
}

describe('zip guard', () => {
  it('inflates an ordinary zip', () => {
    const zip = zipSync({ 'a.txt': strToU8('hello'), 'b/c.txt': strToU8('world') });
    const files = unzipGuarded(zip, () => true);
    expect(new TextDecoder().decode(files.get('b/c.txt'))).toBe('world');
  });

  it('refuses a bomb from its declared sizes before inflating', () => {
    const zip = zipSync({ 'word/document.xml': zeros(60) }, { level: 9 });
    expect(zip.length).toBeLessThan(1024 * 1024);
    expect(() => listZipEntries(zip)).toThrow(/zip bomb/);
  });

  it('stops a bomb whose headers lie, while inflating, at the byte limit', () => {
    const zip = lieAboutSizes(zipSync({ 'word/document.xml': zeros(30) }, { level: 9 }));
    expect(() => listZipEntries(zip)).not.toThrow();
    expect(() =>
      unzipGuarded(zip, () => true, { maxEntries: 10, maxTotalBytes: 5 * 1024 * 1024, maxRatio: 200 }),
    ).toThrow(/zip bomb/);
  });

  it('refuses too many entries', () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 30; i++) many[`f${i}.txt`] = strToU8('x');
    expect(() => listZipEntries(zipSync(many), { maxEntries: 20, maxTotalBytes: 1e9, maxRatio: 200 })).toThrow(
      /more than 20 entries/,
    );
  });

  it('calls a truncated zip damaged', () => {
    const zip = zipSync({ 'a.txt': deflateSync(strToU8('hello '.repeat(100))) });
    expect(() => listZipEntries(zip.subarray(0, zip.length - 30))).toThrow(/damaged/);
  });
});
