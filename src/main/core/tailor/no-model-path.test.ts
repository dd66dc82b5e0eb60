import { describe, expect, it } from 'vitest';
import { analyzeJob } from '../match/analyze-job';
import { analyzeProfile } from '../match/analyze-profile';
import { buildCv } from './build-cv';
import { selectForJob } from './select';
import { generateCases } from './testing/fabrication-set';
import { createTruthChecker } from './truth/check-document';
import { templateLetter } from './write-template-letter';

/**
 * The no-model path passes the truth check by construction: over 60 generated profiles, each tone
 * and length, the CV in the user's own words and the template letter carry zero flags.
 */
describe('no-model output has zero flags by construction', () => {
  const job = analyzeJob({
    title: 'Platform Engineer',
    text: 'Requirements:\n- Kubernetes, Terraform and PostgreSQL\n- Apache Kafka or Apache Spark\n- Experience with Amazon Web Services or Google Cloud Platform\nNice to have: TypeScript, React, Redis, Snowflake.',
  });
  it.each(['professional', 'enthusiastic', 'concise'] as const)('tone %s', (tone) => {
    for (let seed = 1; seed <= 60; seed++) {
      const { profile } = generateCases(seed);
      const pa = analyzeProfile(profile, '2025-01');
      const selection = selectForJob(profile, job, new Set(pa.skills.map((s) => s.name)));
      const cv = buildCv(profile, selection);
      const letter = templateLetter({
        profile,
        selection,
        company: 'Initech',
        role: 'Platform Engineer',
        tone,
        length: seed % 2 ? 'long' : 'short',
        keyPoints: [],
        skillEvidence: new Map(pa.skills.map((s) => [s.name, s.evidence.map((e) => e.factId)])),
        date: '2025-01-01',
      });
      const checker = createTruthChecker(
        profile,
        { company: 'Initech', role: 'Platform Engineer' },
        new Date('2025-01-01'),
      );
      expect([...checker.check(cv), ...checker.check(letter)], `seed ${seed}`).toEqual([]);
      expect(selection.entries.flatMap((e) => e.bullets).every((b) => b.reason.length > 0)).toBe(true);
    }
  });
});
