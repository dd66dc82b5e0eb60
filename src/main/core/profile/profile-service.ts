import type { BasicsInput, ProfileSnapshot } from '../../../shared/contract';
import { PROFILE_SECTIONS, Profile, emptyProfile } from '../../../shared/domain/profile';
import {
  IMPORT_FORMAT_LABELS,
  type ImportApplied,
  type ImportMode,
  type ImportSource,
  type ProfileDiff,
  type VersionDetail,
  type VersionKind,
  type VersionSummary,
} from '../../../shared/domain/profile-import';
import { AppError } from '../../../shared/ipc/result';
import { mergeProfiles } from './merge';
import { diffProfiles } from './profile-diff';
import type { ProfileRepo, StoredProfile } from './profile-repo';
import type { ProfileVersionsRepo, StoredVersion } from './profile-versions-repo';

/** Edits closer together than this belong to one editing session, which makes one version. */
export const EDIT_SESSION_MS = 15 * 60 * 1000;

function isEmptyProfile(p: Profile): boolean {
  const b = p.basics;
  const basicsEmpty = !b.name && !b.label && !b.email && !b.phone && !b.summary && b.profiles.length === 0;
  const sectionsEmpty = p.work.length + p.education.length + p.skills.length + p.projects.length === 0;
  return basicsEmpty && sectionsEmpty;
}

function snapshot(stored: StoredProfile | null): ProfileSnapshot {
  const profile = stored?.profile ?? emptyProfile();
  return { profile, updatedAt: stored?.updatedAt ?? null, isEmpty: isEmptyProfile(profile) };
}

/** Which parts differ ("basics", "work", ...), to label an editing session. */
function changedParts(a: Profile, b: Profile): string[] {
  const parts = ['basics', ...PROFILE_SECTIONS] as const;
  return parts.filter((p) => JSON.stringify(a[p]) !== JSON.stringify(b[p]));
}

function summarize(v: StoredVersion): VersionSummary {
  const counts: Record<string, number> = {};
  for (const s of PROFILE_SECTIONS) if (v.profile[s].length) counts[s] = v.profile[s].length;
  return { id: v.id, kind: v.kind, label: v.label, createdAt: v.createdAt, updatedAt: v.updatedAt, counts };
}

export interface ProfileServiceDeps {
  repo: ProfileRepo;
  /** Every save is recorded as a version (editing sessions, imports, restores). */
  versions: ProfileVersionsRepo;
  clock?: () => Date;
}

/** Business rules for the profile and its version history. Only the repos touch SQL. */
export function createProfileService(deps: ProfileServiceDeps) {
  const { repo, versions } = deps;
  const clock = deps.clock ?? (() => new Date());
  const current = () => repo.load()?.profile ?? emptyProfile();

  /** Saves the document and records the version, in one transaction. */
  function commit(next: Profile, kind: VersionKind, label: string): { snapshot: ProfileSnapshot; versionId: number } {
    const now = clock().toISOString();
    return versions.transaction(() => {
      const before = repo.load();
      const latest = versions.latest();
      // A profile saved before version history existed becomes the first version.
      const baseline =
        before && !latest ? versions.insert('edit', 'Before version history', before.profile, before.updatedAt) : null;
      const parts = before ? changedParts(before.profile, next) : ['basics'];
      const unchangedId = latest?.id ?? baseline;
      if (before && parts.length === 0 && kind === 'edit' && unchangedId !== null)
        return { snapshot: snapshot(before), versionId: unchangedId };
      const saved = repo.save(next, now);
      const inSession =
        kind === 'edit' && latest?.kind === 'edit' && Date.parse(now) - Date.parse(latest.updatedAt) < EDIT_SESSION_MS;
      if (inSession && latest) {
        const known = latest.label
          .replace(/^Edited /, '')
          .split(', ')
          .filter(Boolean);
        versions.update(latest.id, `Edited ${[...new Set([...known, ...parts])].join(', ')}`, next, now);
        return { snapshot: snapshot(saved), versionId: latest.id };
      }
      const finalLabel = kind === 'edit' ? `Edited ${parts.join(', ')}` : label;
      return { snapshot: snapshot(saved), versionId: versions.insert(kind, finalLabel, next, now) };
    });
  }

  function requireVersion(id: number): StoredVersion {
    const found = versions.get(id);
    if (!found)
      throw new AppError(
        'NOT_FOUND',
        `Version ${id} of the profile does not exist (it may have been from another data folder).`,
      );
    return found;
  }

  return {
    get(): ProfileSnapshot {
      return snapshot(repo.load());
    },
    saveBasics(basics: BasicsInput): ProfileSnapshot {
      const now = current();
      const next = Profile.parse({
        ...now,
        basics: { ...now.basics, ...basics, location: { ...now.basics.location, ...basics.location } },
      });
      return commit(next, 'edit', 'Edited basics').snapshot;
    },
    /** Saves the whole profile as the editor has it (part of the current editing session's version). */
    save(profile: Profile): ProfileSnapshot {
      return commit(Profile.parse(profile), 'edit', 'Edited').snapshot;
    },
    /** Stores a reviewed import: replacing the profile, or merged into it without duplicates. */
    applyImport(draft: Profile, mode: ImportMode, source: ImportSource): ProfileSnapshot & ImportApplied {
      const parsed = Profile.parse(draft);
      const merged = mode === 'merge' ? mergeProfiles(current(), parsed) : { profile: parsed, sections: {} };
      const label = `${mode === 'merge' ? 'Merged' : 'Imported'} ${source.fileName} (${IMPORT_FORMAT_LABELS[source.format]})`;
      const { snapshot: snap, versionId } = commit(merged.profile, 'import', label);
      return { ...snap, versionId, sections: merged.sections };
    },
    /** What `applyImport` would change, without storing anything (the review shows it before saving). */
    planImport(draft: Profile, mode: ImportMode): ProfileDiff {
      const parsed = Profile.parse(draft);
      const next = mode === 'merge' ? mergeProfiles(current(), parsed).profile : parsed;
      return diffProfiles(current(), next, { from: 0, to: 0 });
    },
    listVersions(): VersionSummary[] {
      return versions.list().map(summarize);
    },
    getVersion(id: number): VersionDetail {
      const v = requireVersion(id);
      return { version: summarize(v), profile: v.profile };
    },
    diffVersions(from: number, to: number): ProfileDiff {
      return diffProfiles(requireVersion(from).profile, requireVersion(to).profile, { from, to });
    },
    restoreVersion(id: number): ProfileSnapshot {
      const v = requireVersion(id);
      const when = v.createdAt.slice(0, 16).replace('T', ' ');
      return commit(v.profile, 'restore', `Restored version ${id} (${v.label}, ${when})`).snapshot;
    },
  };
}
export type ProfileService = ReturnType<typeof createProfileService>;
