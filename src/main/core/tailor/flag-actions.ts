import { randomUUID } from 'node:crypto';
import type { DocumentContent, TruthFlag } from '../../../shared/domain/document';
import type { Profile } from '../../../shared/domain/profile';
import type { FlagAction } from '../../../shared/domain/tailor';
import { AppError } from '../../../shared/ipc/result';
import { sentenceSpans } from './truth/check-truth';
import { blocksOf, createTruthChecker, sentenceKey } from './truth/check-document';
import type { CheckBlock } from './truth/check-truth';
import { indexFacts } from './truth/evidence';

/**
 * The one place truth flags are resolved (the documents service calls it for the review screen and
 * for tailoring runs): edit the block's text, remove the claim's sentence, or confirm it ("this is
 * true"), which adds the sentence to the profile as a new fact and cites it. Every action, and every
 * edit saved from the review screen, re-checks the changed text, so a flag only goes away when the
 * text is really traceable and an edit cannot slip a new claim past the export guard.
 */

type Cv = Extract<DocumentContent, { kind: 'cv' }>;
type Letter = Extract<DocumentContent, { kind: 'letter' }>;

/** A document's text and its flags (a stored version, or a draft of one). */
export interface CheckedDocument {
  content: DocumentContent;
  flags: TruthFlag[];
}
/** The job a document was written for: its own company and role are not claims. */
export interface JobContext {
  company: string;
  role: string;
}

function setBlock(content: DocumentContent, blockId: string, text: string, cites?: string[]): DocumentContent {
  if (content.kind === 'letter') {
    const paragraphs = content.letter.paragraphs
      .map((p) => (p.id === blockId ? { ...p, text, factIds: cites ?? p.factIds } : p))
      .filter((p) => p.text.trim());
    return { ...content, letter: { ...content.letter, paragraphs } } satisfies Letter;
  }
  const citations = { ...content.citations };
  // The text changed, so sentence-level citations no longer line up: the block's union applies.
  for (let i = 0; citations[sentenceKey(blockId, i)]; i++) delete citations[sentenceKey(blockId, i)];
  if (cites) citations[blockId] = cites;
  const edit = <T extends { id: string; text: string }>(list: T[]) =>
    list.map((h) => (h.id === blockId ? { ...h, text } : h)).filter((h) => h.text.trim());
  const cv = content.cv;
  const next =
    blockId === 'basics.summary'
      ? { ...cv, basics: { ...cv.basics, summary: text } }
      : {
          ...cv,
          work: cv.work.map((w) => ({ ...w, highlights: edit(w.highlights) })),
          projects: cv.projects.map((p) => ({ ...p, highlights: edit(p.highlights) })),
          volunteer: cv.volunteer.map((v) => ({ ...v, highlights: edit(v.highlights) })),
        };
  return { ...content, cv: next, citations } satisfies Cv;
}

/** Adds the confirmed claim's sentence to the profile; returns the new profile and the new fact id. */
export function confirmIntoProfile(
  profile: Profile,
  flag: TruthFlag,
  sentence: string,
  cites: string[],
  asOf: Date,
): { profile: Profile; factId: string } {
  const id = `confirmed-${randomUUID().slice(0, 8)}`;
  if (flag.kind === 'skill')
    return { profile: { ...profile, skills: [...profile.skills, { id, name: flag.text, keywords: [] }] }, factId: id };
  if (flag.kind === 'certification')
    return { profile: { ...profile, certificates: [...profile.certificates, { id, name: flag.text }] }, factId: id };
  const index = indexFacts(profile, asOf);
  const entry = cites.map((c) => index.get(c)?.entry).find(Boolean);
  const add = <T extends { id: string; highlights: { id: string; text: string }[] }>(list: T[]) =>
    list.map((e) => (e.id === entry ? { ...e, highlights: [...e.highlights, { id, text: sentence }] } : e));
  if (entry && profile.work.some((w) => w.id === entry))
    return { profile: { ...profile, work: add(profile.work) }, factId: id };
  if (entry && profile.projects.some((p) => p.id === entry))
    return { profile: { ...profile, projects: add(profile.projects) }, factId: id };
  if (entry && profile.volunteer.some((v) => v.id === entry))
    return { profile: { ...profile, volunteer: add(profile.volunteer) }, factId: id };
  if (entry && profile.education.some((e) => e.id === entry)) {
    return {
      profile: {
        ...profile,
        education: profile.education.map((e) =>
          e.id === entry ? { ...e, courses: [...e.courses, { id, text: sentence }] } : e,
        ),
      },
      factId: id,
    };
  }
  const summary = [profile.basics.summary.trim(), sentence.trim()].filter(Boolean).join(' ');
  return { profile: { ...profile, basics: { ...profile.basics, summary } }, factId: 'basics.summary' };
}

const sameBlock = (a: CheckBlock | undefined, b: CheckBlock): boolean =>
  a !== undefined &&
  a.text === b.text &&
  JSON.stringify([a.factIds, a.sentenceFactIds ?? []]) === JSON.stringify([b.factIds, b.sentenceFactIds ?? []]);

/** A fresh flag keeps a unique id among the document's flags (the same claim may have been flagged before). */
function uniqueIds(fresh: TruthFlag[], taken: Set<string>): TruthFlag[] {
  return fresh.map((f) => (taken.has(f.id) ? { ...f, id: `${f.id.slice(0, 50)}-${randomUUID().slice(0, 8)}` } : f));
}

export interface FlagReviewDeps {
  profile(): Profile;
  saveProfile(profile: Profile): void;
  now?: () => Date;
}

/** Flag resolution and re-checking, bound to the profile service (the documents module gets this). */
export function createFlagReview(deps: FlagReviewDeps) {
  const now = deps.now ?? (() => new Date());
  const checkerFor = (job: JobContext) => createTruthChecker(deps.profile(), job, now());

  /** Flags of `after`: unchanged blocks keep theirs; a changed or new block is checked afresh (its old open flags count as edited). */
  function recheck(before: CheckedDocument, after: DocumentContent, job: JobContext): TruthFlag[] {
    const old = new Map(blocksOf(before.content).map((b) => [b.blockId, b]));
    const blocks = blocksOf(after);
    const changed = new Set(blocks.filter((b) => !sameBlock(old.get(b.blockId), b)).map((b) => b.blockId));
    const present = new Set(blocks.map((b) => b.blockId));
    const kept = before.flags.map((f) =>
      f.status === 'open' && (changed.has(f.blockId) || !present.has(f.blockId))
        ? { ...f, status: 'edited' as const }
        : f,
    );
    if (!changed.size) return kept;
    const checker = checkerFor(job);
    const fresh = blocks.filter((b) => changed.has(b.blockId)).flatMap((b) => checker.checkBlock(b));
    return [...kept, ...uniqueIds(fresh, new Set(kept.map((f) => f.id)))];
  }

  /** Edit, remove or confirm one open flag; the block is checked again and its flags replaced. */
  function resolve(doc: CheckedDocument, job: JobContext, flagId: string, action: FlagAction): CheckedDocument {
    const flag = doc.flags.find((f) => f.id === flagId);
    if (!flag)
      throw new AppError('NOT_FOUND', 'That flag is no longer on this document; it may have been resolved already.');
    if (flag.status !== 'open') throw new AppError('CONFLICT', `That flag was already ${flag.status}.`);
    const block = blocksOf(doc.content).find((b) => b.blockId === flag.blockId);
    if (!block) throw new AppError('NOT_FOUND', 'The text this flag points at is no longer in the document.');
    const [s, e] = sentenceSpans(block.text).find(([a, b]) => flag.start >= a && flag.start < b) ?? [
      0,
      block.text.length,
    ];
    let content: DocumentContent;
    if (action.action === 'edit') content = setBlock(doc.content, flag.blockId, action.text.trim());
    else if (action.action === 'remove')
      content = setBlock(
        doc.content,
        flag.blockId,
        (block.text.slice(0, s) + block.text.slice(e)).replace(/\s{2,}/g, ' ').trim(),
      );
    else {
      const cites = block.factIds.slice();
      const added = confirmIntoProfile(deps.profile(), flag, block.text.slice(s, e).trim(), cites, now());
      deps.saveProfile(added.profile);
      content = setBlock(doc.content, flag.blockId, block.text, [...new Set([...cites, added.factId])]);
    }
    const status = action.action === 'edit' ? 'edited' : action.action === 'remove' ? 'removed' : 'confirmed';
    const next = blocksOf(content).find((b) => b.blockId === flag.blockId);
    const fresh = next ? checkerFor(job).checkBlock(next) : [];
    // The block's other open flags are replaced by the fresh check; a claim still untraceable stays flagged.
    const others = doc.flags
      .filter((f) => f.blockId !== flag.blockId || f.status !== 'open' || f.id === flag.id)
      .map((f) => (f.id === flag.id ? ({ ...f, status } as TruthFlag) : f));
    return { content, flags: [...others, ...uniqueIds(fresh, new Set(others.map((f) => f.id)))] };
  }

  return { resolve, recheck };
}
export type FlagReview = ReturnType<typeof createFlagReview>;
