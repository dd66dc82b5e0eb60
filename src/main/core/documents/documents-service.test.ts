import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TruthFlag } from '../../../shared/domain/document';
import type { Profile } from '../../../shared/domain/profile';
import { AppError } from '../../../shared/ipc/result';
import { createTestDb } from '../db/testing';
import { createFlagReview } from '../tailor/flag-actions';
import { createDocumentsModule } from './documents-module';
import type { DocumentsService } from './documents-service';
import { cvContent, janeDoe, letterContent } from './testing/profiles.fixture';

const flag = (status: TruthFlag['status']): TruthFlag => ({
  id: 'f1',
  blockId: 'h1',
  start: 22,
  end: 34,
  text: 'five engineers',
  kind: 'team-size',
  reason: 'no fact mentions a team of five',
  status,
});

describe('documents service', () => {
  let db: ReturnType<typeof createTestDb>;
  let profile: Profile;
  let documents: DocumentsService;
  beforeEach(() => {
    db = createTestDb();
    profile = janeDoe();
    documents = createDocumentsModule({
      db: db.db,
      profile: () => profile,
      claims: createFlagReview({ profile: () => profile, saveProfile: (p) => void (profile = p) }),
      jobs: {
        get: (id) => {
          if (id !== 'job-1') throw new AppError('NOT_FOUND', 'gone');
          return { company: 'Acme', title: 'Senior Engineer' };
        },
      },
    }).documents;
  });
  afterEach(() => db.cleanup());

  it('saves versions of one document, lists them newest first and keeps them when the profile changes', () => {
    const first = documents.save({
      jobId: 'job-1',
      source: 'tailored',
      content: cvContent(),
      flags: [flag('open')],
      matchBefore: 0.61,
      matchAfter: 0.74,
    });
    expect(first.documentId).toBe(first.id);
    expect(first.title).toBe('CV for Senior Engineer at Acme');
    const edited = cvContent();
    if (edited.kind === 'cv')
      edited.cv.work[0]!.highlights[0]!.text = 'Led a team rebuilding the card settlement pipeline in Go.';
    const second = documents.save({
      documentId: first.documentId,
      jobId: 'job-1',
      content: edited,
      flags: [flag('edited')],
    });
    expect(second.documentId).toBe(first.id);
    // The caller's flags are not taken: the changed bullet was checked again (it cites no fact, so Go is flagged).
    expect(documents.list({ jobId: 'job-1' }).map((v) => [v.id, v.openFlags])).toEqual([
      [second.id, 1],
      [first.id, 1],
    ]);
    expect(second.flags.map((f) => [f.text, f.status])).toEqual([
      ['five engineers', 'edited'],
      ['Go', 'open'],
    ]);
    profile = { ...profile, work: [] };
    const kept = documents.get(first.id);
    expect(kept.content.kind === 'cv' && kept.content.cv.work).toHaveLength(3);
    expect(kept.matchAfter).toBe(0.74);
    expect(documents.compare(first.id, second.id).changes).toEqual([
      {
        blockId: 'h1',
        label: 'Acme Payments: bullet',
        before: janeDoe().work[0]!.highlights[0]!.text,
        after: 'Led a team rebuilding the card settlement pipeline in Go.',
      },
    ]);
    expect(documents.diffWithProfile(second.id).filter((c) => c.blockId === 'h1')).toHaveLength(1);
  });

  it('refuses to export while a truth flag is open, naming it, and exports once it is resolved', async () => {
    const v = documents.save({ jobId: 'job-1', content: cvContent(), flags: [flag('open')] });
    const refused = await documents.export(v.id, 'pdf').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).message).toMatch(
      /Resolve 1 unchecked claim before exporting: "five engineers" \(no fact mentions a team of five\)/,
    );
    // A caller cannot mark it resolved by saving: the unchanged block keeps its open flag.
    const sneaky = documents.save({
      documentId: v.documentId,
      jobId: 'job-1',
      content: cvContent(),
      flags: [flag('confirmed')],
    });
    expect(sneaky.flags).toEqual([flag('open')]);
    const ok = documents.resolveFlag(sneaky.id, 'f1', { action: 'confirm' });
    expect(ok.flags.filter((f) => f.status === 'open')).toEqual([]);
    expect(profile.basics.summary).toContain('Led a team of five engineers');
    const file = await documents.export(ok.id, 'pdf');
    expect(file.fileName).toBe('Jane-Doe-CV-Acme-Senior-Engineer.pdf');
    expect(Buffer.from(file.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
  });

  it('saves the profile as a version and exports it in every format', async () => {
    const v = documents.saveFromProfile({ template: 'classic', paper: 'letter', maxPages: 2 });
    expect(v.source).toBe('profile');
    expect(v.title).toBe('CV from the profile');
    for (const format of ['pdf', 'docx', 'md', 'json', 'html'] as const) {
      const f = await documents.export(v.id, format, { pageUrl: 'https://janedoe.dev/cv' });
      expect(f.bytes.length, format).toBeGreaterThan(100);
      expect(f.fileName).toBe(`Jane-Doe-${format === 'json' ? 'Resume' : format === 'html' ? 'Page' : 'CV'}.${format}`);
    }
  });

  it('says clearly what is wrong: unknown versions, a letter saved onto a CV, a web page from a letter', async () => {
    expect(() => documents.get(999)).toThrow(/Document version 999 does not exist/);
    const cv = documents.save({ content: cvContent() });
    expect(() => documents.save({ documentId: cv.documentId, content: letterContent() })).toThrow(
      /is a cv; a letter cannot be saved/,
    );
    const letter = documents.save({ content: letterContent() });
    await expect(documents.export(letter.id, 'html')).rejects.toThrow(/not from a cover letter/);
    await expect(documents.export(cv.id, 'html', { pageUrl: 'javascript:alert(1)' })).rejects.toThrow(
      /only point to a web page/,
    );
  });
});
