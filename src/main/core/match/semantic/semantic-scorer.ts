import type { JobAnalysis } from '../../../../shared/domain/match';
import { extractSkills } from '../../skills/extract-skills';
import type { ProfileAnalysis } from '../analyze-profile';
import type { SemanticInput } from '../score-match';
import { segmentText } from '../text-segments';
import { cosine, type CachedEmbedder } from './embedding-cache';

/** A paraphrase counts as evidence from this cosine similarity up (for real embedding models). */
export const PARAPHRASE_THRESHOLD = 0.75;
const MAX_SENTENCES = 60;
const MAX_FACTS = 300;

/**
 * The optional semantic layer: embeds the job's requirement sentences and the profile's facts
 * (through the SQLite cache), scores their similarity, and finds paraphrase evidence for keywords
 * that have no literal match in the profile.
 */
export function createSemanticScorer(embedder: CachedEmbedder, threshold = PARAPHRASE_THRESHOLD) {
  return {
    async score(job: JobAnalysis, jobText: string, profile: ProfileAnalysis): Promise<SemanticInput> {
      const sentences = segmentText(jobText)
        .filter((s) => s.section !== 'benefits' && s.section !== 'about' && s.text.trim().length >= 15)
        .map((s) => s.text.trim().slice(0, 400))
        .slice(0, MAX_SENTENCES);
      const facts = profile.facts.filter((f) => f.text.length >= 10).slice(0, MAX_FACTS);
      if (!sentences.length || !facts.length) return { similarity: 0, paraphrases: new Map() };
      const [jobVectors, factVectors] = [
        await embedder.embed(sentences),
        await embedder.embed(facts.map((f) => f.text.slice(0, 400))),
      ];
      const best = jobVectors.map((v) => {
        let top = { sim: -1, fact: 0 };
        factVectors.forEach((f, i) => {
          const sim = cosine(v, f);
          if (sim > top.sim) top = { sim, fact: i };
        });
        return top;
      });
      const similarity = Math.max(0, Math.min(1, best.reduce((n, b) => n + Math.max(0, b.sim), 0) / best.length));
      const literal = new Set(profile.skills.map((s) => s.name));
      const paraphrases: SemanticInput['paraphrases'] = new Map();
      sentences.forEach((sentence, i) => {
        const b = best[i]!;
        if (b.sim < threshold) return;
        for (const m of extractSkills(sentence)) {
          if (literal.has(m.name) || paraphrases.has(m.name) || !job.requirements.some((r) => r.name === m.name))
            continue;
          const fact = facts[b.fact]!;
          paraphrases.set(m.name, {
            factId: fact.factId,
            section: fact.section,
            text: fact.text,
            similarity: Math.round(b.sim * 1000) / 1000,
          });
        }
      });
      return { similarity, paraphrases };
    },
  };
}
