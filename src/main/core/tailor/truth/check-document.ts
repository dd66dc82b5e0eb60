import type { DocumentContent, TruthFlag } from '../../../../shared/domain/document';
import type { Profile } from '../../../../shared/domain/profile';
import { checkBlock, type CheckBlock, type CheckContext } from './check-truth';
import { indexFacts, knownOrgs } from './evidence';

/** Citation key of sentence `i` of a block (`basics.summary#0`): set when a writer cites per sentence. */
export const sentenceKey = (blockId: string, i: number): string => `${blockId}#${i}`;

/** The checkable text blocks of a document: the summary, every bullet, every letter paragraph. */
export function blocksOf(content: DocumentContent): CheckBlock[] {
  if (content.kind === 'letter') {
    return content.letter.paragraphs.map((p) => ({ blockId: p.id, text: p.text, factIds: p.factIds }));
  }
  const { cv, citations } = content;
  const block = (blockId: string, text: string): CheckBlock => {
    const sentences: string[][] = [];
    for (let i = 0; citations[sentenceKey(blockId, i)]; i++) sentences.push(citations[sentenceKey(blockId, i)]!);
    return {
      blockId,
      text,
      factIds: citations[blockId] ?? [],
      ...(sentences.length ? { sentenceFactIds: sentences } : {}),
    };
  };
  const blocks: CheckBlock[] = [];
  if (cv.basics.summary.trim()) blocks.push(block('basics.summary', cv.basics.summary));
  for (const entry of [...cv.work, ...cv.projects, ...cv.volunteer])
    for (const h of entry.highlights) blocks.push(block(h.id, h.text));
  return blocks;
}

export interface TruthChecker {
  check(content: DocumentContent): TruthFlag[];
  checkBlock(block: CheckBlock): TruthFlag[];
}

/** A checker bound to one profile (its facts indexed once) and one job's company and role. */
export function createTruthChecker(
  profile: Profile,
  job: { company: string; role: string },
  asOf = new Date(),
): TruthChecker {
  const ctx: CheckContext = {
    index: indexFacts(profile, asOf),
    knownOrgs: knownOrgs(profile),
    company: job.company,
    role: job.role,
  };
  return {
    check: (content) => blocksOf(content).flatMap((b) => checkBlock(b, ctx)),
    checkBlock: (b) => checkBlock(b, ctx),
  };
}
