import { describe, expect, it } from 'vitest';
import { htmlToParagraphAndBullets, htmlToText } from './html-text';

describe('html-text', () => {
  it('turns a fragment into text with entities decoded', () => {
    expect(htmlToText('<p>R&amp;D at <strong>Acme</strong>&nbsp;&#8211; &#x2014; fine</p>')).toBe(
      'R&D at Acme – — fine',
    );
  });

  it('splits list items and dash lines into bullets, joining wrapped lines', () => {
    expect(htmlToParagraphAndBullets('<p>Intro</p><ul><li>One</li><li><p>Two</p></li></ul>')).toEqual({
      text: 'Intro',
      bullets: ['One', 'Two'],
    });
    expect(htmlToParagraphAndBullets('<p>- first part<br />continued<br />- second</p>')).toEqual({
      text: '',
      bullets: ['first part continued', 'second'],
    });
  });
});
