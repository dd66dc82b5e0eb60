import { describe, expect, it } from 'vitest';
import { matchHeading } from './headings';

describe('matchHeading', () => {
  it.each([
    ['WORK EXPERIENCE', 'work'],
    ['Professional Experience:', 'work'],
    ['Berufserfahrung', 'work'],
    ['Expériences professionnelles', 'work'],
    ['Experiencia laboral', 'work'],
    ['Ausbildung', 'education'],
    ['Formation', 'education'],
    ['Educación', 'education'],
    ['Kenntnisse', 'skills'],
    ['Compétences', 'skills'],
    ['Habilidades', 'skills'],
    ['Sprachen', 'languages'],
    ['Idiomas', 'languages'],
    ['Certifications', 'certificates'],
    ['Projects', 'projects'],
    ['E X P E R I E N C E', 'work'],
    ['Summary', 'summary'],
  ])('%s opens %s', (text, kind) => expect(matchHeading(text)?.kind).toBe(kind));

  it('rejects sentences and contact lines', () => {
    expect(matchHeading('Led a team of five engineers.')).toBeNull();
    expect(matchHeading('john@doe.com')).toBeNull();
    expect(matchHeading('Built 12 services in 2021 for 4000 users')).toBeNull();
  });

  it('marks words that also occur inside sections as needing a visual cue', () => {
    expect(matchHeading('Technologies')).toMatchObject({ kind: 'skills', strong: false });
    expect(matchHeading('Programming Languages')).toMatchObject({ partial: true });
  });
});
