import { describe, expect, it } from 'vitest';
import { repairText } from './pdf-repair';

describe('repairText', () => {
  it('rejoins words that letter spacing split and fixes l-for-I in acronyms', () => {
    expect(repairText('DevO ps Site Reliability Engineer')).toBe('DevOps Site Reliability Engineer');
    expect(repairText('Linux systems, Cl/CD pipelines')).toBe('Linux systems, CI/CD pipelines');
  });

  it('leaves real words alone', () => {
    expect(repairText('PhD in Computer Science')).toBe('PhD in Computer Science');
    expect(repairText('Worked at IBM on the GitHub app')).toBe('Worked at IBM on the GitHub app');
    expect(repairText('Clean code and a calm team')).toBe('Clean code and a calm team');
  });
});
