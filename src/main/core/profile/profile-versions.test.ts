import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Profile } from '../../../shared/domain/profile';
import { createTestDb } from '../db/testing';
import { createProfileRepo } from './profile-repo';
import { EDIT_SESSION_MS, createProfileService } from './profile-service';
import { createProfileVersionsRepo } from './profile-versions-repo';

let db: ReturnType<typeof createTestDb>;
let now = Date.parse('2026-01-10T09:00:00Z');
const clock = () => new Date(now);
const service = () =>
  createProfileService({ repo: createProfileRepo(db.db), versions: createProfileVersionsRepo(db.db), clock });

const imported = Profile.parse({
  basics: { name: 'Jo Park', email: 'jo@example.org' },
  work: [
    {
      id: 'w1',
      name: 'Acme',
      position: 'Engineer',
      startDate: '2019',
      highlights: [{ id: 'h1', text: 'Built billing' }],
    },
  ],
  skills: [{ id: 's1', name: 'Go' }],
});

beforeEach(() => {
  db = createTestDb();
  now = Date.parse('2026-01-10T09:00:00Z');
});
afterEach(() => db.cleanup());

describe('profile versions', () => {
  it('an import makes a version; edits close together share one; a later edit makes another', () => {
    const profile = service();
    const applied = profile.applyImport(imported, 'replace', { fileName: 'cv.pdf', format: 'pdf' });
    expect(applied.profile.basics.name).toBe('Jo Park');
    now += 60_000;
    profile.saveBasics({ ...applied.profile.basics, label: 'Engineer', email: 'jo@example.org' });
    now += 60_000;
    profile.save({ ...profile.get().profile, skills: [] });
    now += EDIT_SESSION_MS + 1;
    profile.save({ ...profile.get().profile, interests: [{ id: 'i1', name: 'Chess', keywords: [] }] });
    const list = profile.listVersions();
    expect(list.map((v) => [v.kind, v.label])).toEqual([
      ['edit', 'Edited interests'],
      ['edit', 'Edited basics, skills'],
      ['import', 'Imported cv.pdf (PDF)'],
    ]);
    expect(list[2]!.counts).toEqual({ work: 1, skills: 1 });
  });

  it('saving an unchanged profile records nothing', () => {
    const profile = service();
    profile.applyImport(imported, 'replace', { fileName: 'cv.pdf', format: 'pdf' });
    profile.save(profile.get().profile);
    expect(profile.listVersions()).toHaveLength(1);
  });

  it('diffs two versions and restores an older one as a new version', () => {
    const profile = service();
    const first = profile.applyImport(imported, 'replace', { fileName: 'cv.pdf', format: 'pdf' });
    const edited = structuredClone(profile.get().profile);
    edited.basics.label = 'Staff engineer';
    edited.work[0]!.highlights.push({ id: 'h2', text: 'Led the migration' });
    edited.skills = [];
    edited.languages = [{ id: 'l1', language: 'Korean', fluency: 'Native' }];
    now += 1000;
    profile.save(edited);
    const second = profile.listVersions()[0]!.id;

    const diff = profile.diffVersions(first.versionId, second);
    expect(diff.basics).toEqual([{ field: 'label', before: '', after: 'Staff engineer' }]);
    expect(diff.entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          section: 'work',
          kind: 'changed',
          title: 'Engineer · Acme',
          fields: [{ field: 'highlights (added)', before: '', after: 'Led the migration' }],
        }),
        expect.objectContaining({ section: 'skills', kind: 'removed', title: 'Go' }),
        expect.objectContaining({ section: 'languages', kind: 'added', title: 'Korean' }),
      ]),
    );

    const restored = profile.restoreVersion(first.versionId);
    expect(restored.profile.skills.map((s) => s.name)).toEqual(['Go']);
    expect(restored.profile.basics.label).toBe('');
    const list = profile.listVersions();
    expect(list[0]).toMatchObject({ kind: 'restore' });
    expect(list[0]!.label).toMatch(/^Restored version 1/);
    expect(profile.getVersion(second).profile.basics.label).toBe('Staff engineer');
  });

  it('bullets are compared by id: only the changed, added or removed one shows', () => {
    const profile = service();
    const three = Profile.parse({
      ...imported,
      work: [
        {
          ...imported.work[0]!,
          highlights: [
            { id: 'h1', text: 'Built billing' },
            { id: 'h2', text: 'Ran on-call' },
            { id: 'h3', text: 'Hired two' },
          ],
        },
      ],
    });
    const first = profile.applyImport(three, 'replace', { fileName: 'cv.pdf', format: 'pdf' });
    const edited = structuredClone(profile.get().profile);
    edited.work[0]!.highlights = [
      { id: 'h1', text: 'Built billing' },
      { id: 'h2', text: 'Ran on-call for 3 teams' },
    ];
    now += 1000;
    profile.save(edited);
    const diff = profile.diffVersions(first.versionId, profile.listVersions()[0]!.id);
    expect(diff.entries).toEqual([
      expect.objectContaining({
        kind: 'changed',
        fields: [
          { field: 'highlights', before: 'Ran on-call', after: 'Ran on-call for 3 teams' },
          { field: 'highlights (removed)', before: 'Hired two', after: '' },
        ],
      }),
    ]);
  });

  it('plans an import without storing it: merge adds only what is new, replace says what goes', () => {
    const profile = service();
    profile.applyImport(imported, 'replace', { fileName: 'cv.pdf', format: 'pdf' });
    const next = Profile.parse({
      ...imported,
      work: [...imported.work, { id: 'w9', name: 'Beta', position: 'Lead' }],
      skills: [],
    });
    const merge = profile.planImport(next, 'merge');
    expect(merge.entries.map((e) => [e.section, e.kind, e.title])).toEqual([['work', 'added', 'Lead · Beta']]);
    const replace = profile.planImport(next, 'replace');
    expect(replace.entries.map((e) => [e.section, e.kind, e.title])).toEqual(
      expect.arrayContaining([
        ['work', 'added', 'Lead · Beta'],
        ['skills', 'removed', 'Go'],
      ]),
    );
    expect(profile.listVersions()).toHaveLength(1);
    expect(profile.get().profile.work).toHaveLength(1);
  });

  it('a reorder shows in the diff', () => {
    const profile = service();
    const two = Profile.parse({ ...imported, work: [...imported.work, { id: 'w2', name: 'Beta', position: 'Lead' }] });
    const first = profile.applyImport(two, 'replace', { fileName: 'cv.pdf', format: 'pdf' });
    now += 1000;
    profile.save({ ...two, work: [two.work[1]!, two.work[0]!] });
    const diff = profile.diffVersions(first.versionId, profile.listVersions()[0]!.id);
    expect(diff.entries).toEqual([
      {
        section: 'work',
        kind: 'changed',
        title: 'order',
        fields: [{ field: 'order', before: 'Engineer · Acme\nLead · Beta', after: 'Lead · Beta\nEngineer · Acme' }],
      },
    ]);
  });

  it('merging an import twice does not duplicate entries', () => {
    const profile = service();
    profile.applyImport(imported, 'replace', { fileName: 'cv.pdf', format: 'pdf' });
    const again = profile.applyImport(
      Profile.parse({ ...imported, work: [{ ...imported.work[0]!, id: 'other' }] }),
      'merge',
      { fileName: 'cv.docx', format: 'docx' },
    );
    expect(again.profile.work).toHaveLength(1);
    expect(again.profile.work[0]!.id).toBe('w1');
    expect(again.sections.work).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(profile.listVersions()[0]!.label).toBe('Merged cv.docx (Word document)');
  });

  it('an unknown version is NOT_FOUND', () => {
    expect(() => service().restoreVersion(99)).toThrow(/does not exist/);
  });
});
