import { randomUUID } from 'node:crypto';
import type { DocumentContent, TruthFlag } from '../../../shared/domain/document';
import type { Profile } from '../../../shared/domain/profile';
import type { FlagAction, TailorRun } from '../../../shared/domain/tailor';
import { AppError } from '../../../shared/ipc/result';
import { sentenceSpans } from './truth/check-truth';
import { blocksOf, createTruthChecker, sentenceKey } from './truth/check-document';
import { indexFacts } from './truth/evidence';

/**
 * What the review screen does with a flag: edit the block's text, remove the claim's sentence, or
 * confirm it ("this is true"), which adds the sentence to the profile as a new fact and cites it.
 * Every action re-checks the block, so a flag only goes away when the text is really traceable.
 */

type Cv = Extract<DocumentContent, { kind: 'cv' }>;
type Letter = Extract<DocumentContent, { kind: 'letter' }>;

function blockText(run: TailorRun, blockId: string): { doc: 'cv' | 'letter'; text: string } | null {
  for (const doc of ['cv', 'letter'] as const) {
    const content = run[doc];
    const b = content ? blocksOf(content).find((x) => x.blockId === blockId) : undefined;
    if (b) return { doc, text: b.text };
  }
  return null;
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
  const edit = <T extends { id: string; text: string }>(list: T[]) => list.map((h) => (h.id === blockId ? { ...h, text } : h)).filter((h) => h.text.trim());
  const cv = content.cv;
  const next = blockId === 'basics.summary'
    ? { ...cv, basics: { ...cv.basics, summary: text } }
    : { ...cv, work: cv.work.map((w) => ({ ...w, highlights: edit(w.highlights) })), projects: cv.projects.map((p) => ({ ...p, highlights: edit(p.highlights) })), volunteer: cv.volunteer.map((v) => ({ ...v, highlights: edit(v.highlights) })) };
  return { ...content, cv: next, citations } satisfies Cv;
}

function citesOf(content: DocumentContent, blockId: string): string[] {
  return blocksOf(content).find((b) => b.blockId === blockId)?.factIds.slice() ?? [];
}

/** Adds the confirmed claim's sentence to the profile; returns the new profile and the new fact id. */
export function confirmIntoProfile(profile: Profile, flag: TruthFlag, sentence: string, cites: string[], asOf: Date): { profile: Profile; factId: string } {
  const id = `confirmed-${randomUUID().slice(0, 8)}`;
  if (flag.kind === 'skill') return { profile: { ...profile, skills: [...profile.skills, { id, name: flag.text, keywords: [] }] }, factId: id };
  if (flag.kind === 'certification') return { profile: { ...profile, certificates: [...profile.certificates, { id, name: flag.text }] }, factId: id };
  const index = indexFacts(profile, asOf);
  const entry = cites.map((c) => index.get(c)?.entry).find(Boolean);
  const add = <T extends { id: string; highlights: { id: string; text: string }[] }>(list: T[]) => list.map((e) => (e.id === entry ? { ...e, highlights: [...e.highlights, { id, text: sentence }] } : e));
  if (entry && profile.work.some((w) => w.id === entry)) return { profile: { ...profile, work: add(profile.work) }, factId: id };
  if (entry && profile.projects.some((p) => p.id === entry)) return { profile: { ...profile, projects: add(profile.projects) }, factId: id };
  if (entry && profile.volunteer.some((v) => v.id === entry)) return { profile: { ...profile, volunteer: add(profile.volunteer) }, factId: id };
  if (entry && profile.education.some((e) => e.id === entry)) {
    return { profile: { ...profile, education: profile.education.map((e) => (e.id === entry ? { ...e, courses: [...e.courses, { id, text: sentence }] } : e)) }, factId: id };
  }
  const summary = [profile.basics.summary.trim(), sentence.trim()].filter(Boolean).join(' ');
  return { profile: { ...profile, basics: { ...profile.basics, summary } }, factId: 'basics.summary' };
}

export interface FlagActionDeps {
  profile(): Profile;
  saveProfile(profile: Profile): void;
  now(): Date;
}

export function applyFlagAction(run: TailorRun, flagId: string, action: FlagAction, deps: FlagActionDeps): TailorRun {
  const flag = run.flags.find((f) => f.id === flagId);
  if (!flag) throw new AppError('NOT_FOUND', 'That flag is no longer on this run; it may have been resolved already.');
  if (flag.status !== 'open') throw new AppError('CONFLICT', `That flag was already ${flag.status}.`);
  const found = blockText(run, flag.blockId);
  if (!found) throw new AppError('NOT_FOUND', 'The text this flag points at is no longer in the document.');
  const content = run[found.doc]!;
  let profile = deps.profile();
  let next: DocumentContent;
  if (action.action === 'edit') {
    next = setBlock(content, flag.blockId, action.text.trim());
  } else if (action.action === 'remove') {
    const [s, e] = sentenceSpans(found.text).find(([a, b]) => flag.start >= a && flag.start < b) ?? [0, found.text.length];
    next = setBlock(content, flag.blockId, (found.text.slice(0, s) + found.text.slice(e)).replace(/\s{2,}/g, ' ').trim());
  } else {
    const [s, e] = sentenceSpans(found.text).find(([a, b]) => flag.start >= a && flag.start < b) ?? [0, found.text.length];
    const cites = citesOf(content, flag.blockId);
    const added = confirmIntoProfile(profile, flag, found.text.slice(s, e).trim(), cites, deps.now());
    profile = added.profile;
    deps.saveProfile(profile);
    next = setBlock(content, flag.blockId, found.text, [...new Set([...cites, added.factId])]);
  }
  const status = action.action === 'edit' ? 'edited' : action.action === 'remove' ? 'removed' : 'confirmed';
  const checker = createTruthChecker(profile, { company: run.company, role: run.jobTitle }, deps.now());
  const block = blocksOf(next).find((b) => b.blockId === flag.blockId);
  const fresh = block ? checker.checkBlock(block) : [];
  const others = run.flags.filter((f) => f.blockId !== flag.blockId || f.status !== 'open' || f.id === flag.id).map((f) => (f.id === flag.id ? { ...f, status } as TruthFlag : f));
  const known = new Set(others.map((f) => f.id));
  // A claim still untraceable after the action stays flagged (under a new id if it kept its old one).
  const reopened = fresh.map((f) => (known.has(f.id) ? { ...f, id: `${f.id.slice(0, 50)}-${randomUUID().slice(0, 8)}` } : f));
  return { ...run, [found.doc]: next, flags: [...others, ...reopened], updatedAt: deps.now().toISOString() };
}
