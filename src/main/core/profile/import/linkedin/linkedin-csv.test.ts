import { describe, expect, it } from 'vitest';
import { parseWebsites } from './linkedin-csv';

describe('parseWebsites', () => {
  it('reads the bracketed one-line form', () => {
    expect(parseWebsites('[PERSONAL:https://a.dev,COMPANY:https://b.com/x,y]')).toEqual([
      { kind: 'PERSONAL', url: 'https://a.dev' },
      { kind: 'COMPANY', url: 'https://b.com/x,y' },
    ]);
  });

  it('gives one link per site when the field holds several lines', () => {
    expect(parseWebsites('[PERSONAL:https://a.dev\nPORTFOLIO:https://b.art]')).toEqual([
      { kind: 'PERSONAL', url: 'https://a.dev' },
      { kind: 'PORTFOLIO', url: 'https://b.art' },
    ]);
    const bare = parseWebsites('https://a.dev\r\nhttps://github.com/ana\n');
    expect(bare.map((w) => w.url)).toEqual(['https://a.dev', 'https://github.com/ana']);
    expect(bare.every((w) => !/\s/.test(w.url))).toBe(true);
  });
});
