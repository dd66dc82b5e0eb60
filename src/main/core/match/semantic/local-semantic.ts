import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AiModule } from '../../ai/ai-module';
import type { Db } from '../../db/client';
import type { SemanticScorer } from '../match-service';
import { createCachedEmbedder } from './embedding-cache';
import { createSemanticScorer } from './semantic-scorer';

/**
 * The semantic scorer over the configured on-device model (Settings → AI, local provider), through
 * the shared model runtime's embedding context. Null when no on-device model is set up.
 */
export function localSemanticScorer(db: Db, ai: Pick<AiModule, 'settings' | 'local'>): SemanticScorer | null {
  const local = ai.settings.get().providers.find((p) => p.kind === 'local' && p.enabled && p.model);
  if (!local || !existsSync(local.model)) return null;
  const file = local.model;
  // The id changes when the file is replaced, so cached vectors of an old model are never reused.
  const modelId = `${path.basename(file)}:${statSync(file).size}`;
  return createSemanticScorer(
    createCachedEmbedder(db, { modelId, embed: (texts) => ai.local.runtime().embed(file, texts) }),
  );
}
