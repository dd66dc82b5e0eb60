import type { AiModule } from '../ai/ai-module';
import type { Db } from '../db/client';
import type { EventBus } from '../events';
import { createProfileImportService, type ProfileImportService } from './profile-import-service';
import { createProfileRepo } from './profile-repo';
import { createProfileService, type ProfileService } from './profile-service';
import { createProfileVersionsRepo } from './profile-versions-repo';

export interface ProfileModuleDeps {
  db: Db;
  events: EventBus;
  /** The network gateway's fetch (GitHub import). */
  fetch: typeof fetch;
  /** Structured generation, for "Improve with a model" in the import review (only when the user asks). */
  ai: Pick<AiModule, 'service' | 'settings'>;
}

export interface ProfileModule {
  /** The stored profile and its version history. */
  profile: ProfileService;
  /** Parses CVs and GitHub accounts into drafts for review (profile.applyImport stores them). */
  profileImport: ProfileImportService;
  dispose(): void;
}

export function createProfileModule(deps: ProfileModuleDeps): ProfileModule {
  const profile = createProfileService({
    repo: createProfileRepo(deps.db),
    versions: createProfileVersionsRepo(deps.db),
  });
  const profileImport = createProfileImportService({
    events: deps.events,
    fetch: deps.fetch,
    model: {
      generate: deps.ai.service.generate,
      available: () => deps.ai.settings.get().providers.some((p) => p.enabled),
    },
  });
  return { profile, profileImport, dispose: () => undefined };
}
