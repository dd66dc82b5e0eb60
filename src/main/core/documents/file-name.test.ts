import { describe, expect, it } from 'vitest';
import { documentFileName } from './file-name';

describe('documentFileName', () => {
  it('names the person, the document, the company and the role', () => {
    expect(
      documentFileName({ name: 'Jane Doe', kind: 'cv', company: 'Acme', role: 'Senior Engineer', format: 'pdf' }),
    ).toBe('Jane-Doe-CV-Acme-Senior-Engineer.pdf');
    expect(documentFileName({ name: 'Jane Doe', kind: 'letter', company: 'Acme', format: 'docx' })).toBe(
      'Jane-Doe-Cover-Letter-Acme.docx',
    );
  });
  it('drops accents, separators and reserved characters, keeps other scripts', () => {
    expect(documentFileName({ name: 'José  Müller', kind: 'cv', company: 'A/B: "C" <D>', format: 'md' })).toBe(
      'Jose-Muller-CV-A-B-C-D.md',
    );
    expect(documentFileName({ name: '李维天', kind: 'cv', format: 'pdf' })).toBe('李维天-CV.pdf');
  });
  it('is never empty and never starts with a dot', () => {
    expect(documentFileName({ name: '', kind: 'cv', format: 'json' })).toBe('Resume.json');
    expect(documentFileName({ name: '../..', kind: 'letter', format: 'html' })).toBe('Page.html');
  });
});
