import type { AiModule } from '../ai/ai-module';
import type { Db } from '../db/client';
import { createMatchRepo } from './match-repo';
import { createMatchService, type MatchService, type MatchServiceDeps } from './match-service';
import { localSemanticScorer } from './semantic/local-semantic';

export interface MatchModuleDeps {
  db: Db;
  profile: MatchServiceDeps['profile'];
  /** The on-device model (when one is set up) gives the semantic part of the score. */
  ai: Pick<AiModule, 'settings' | 'local'>;
}

export interface MatchModule {
  /** Job analysis and the explainable match. */
  match: MatchService;
  dispose(): void;
}

export function createMatchModule(deps: MatchModuleDeps): MatchModule {
  const match = createMatchService({
    repo: createMatchRepo(deps.db),
    profile: deps.profile,
    semantic: () => localSemanticScorer(deps.db, deps.ai),
  });
  return { match, dispose: () => undefined };
}
