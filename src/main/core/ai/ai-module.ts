import path from 'node:path';
import { z } from 'zod';
import type {
  ActivityQuery,
  AiStreamEvent,
  BudgetStatus,
  KeyStatus,
  ModelDownloadStatus,
  PingResult,
  ProviderConfig,
} from '../../../shared/domain/ai';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from '../db/client';
import type { SecretStore } from '../secrets/secret-store';
import type { SettingsRepo } from '../settings/settings-repo';
import { activityToCsv, type ActivityLogStore } from './activity-log';
import { createActivityLogRepo } from './activity-log-repo';
import { createAiService } from './ai-service';
import { createAiSettingsStore, type AiSettingsStore } from './ai-settings-store';
import { keyName, keyStatus } from './api-keys';
import { budgetStatus } from './budget';
import { createLocalModels } from './local/local-models';
import type { FetchLike } from './provider';
import { createProviderFactory } from './provider-factory';
import { checkAiSettings, checkModelPath } from './endpoint-policy';

export interface AiModuleDeps {
  db: Db;
  /** The app's one key/value settings repository (AI settings live under one key in it). */
  settingsRepo: Pick<SettingsRepo, 'all' | 'put'>;
  dataDir: string;
  secrets: SecretStore | null;
  /** The network gateway's fetch (offline mode, rate limits); every cloud call goes through it. */
  fetch?: FetchLike;
  /** JSON over the network gateway (Hugging Face's published model checksums). */
  getJson?: (url: string) => Promise<unknown>;
  /** True when the user switched the app offline: no cloud calls, no downloads (given a URL: whether it is refused). */
  isOffline?: (url?: string) => boolean;
  onStream?: (event: AiStreamEvent) => void;
  onDownload?: (status: ModelDownloadStatus) => void;
  env?: NodeJS.ProcessEnv;
  /** Main process only (CLI, tests): openai/anthropic kinds may use another host than their own. */
  allowCustomEndpoints?: boolean;
  /** Tests: `{gpu:false, maxThreads:1}`. */
  llama?: { gpu?: false | 'auto'; maxThreads?: number };
  /** Hosts named explicitly (tests, `--allow-private-host`) that may serve model files over plain http. */
  allowHttpModelHosts?: string[];
}

const Ping = z.object({ ok: z.boolean(), word: z.string().max(40) });

/** Everything AI, assembled once per process by app-core. */
export function createAiModule(deps: AiModuleDeps) {
  const store: AiSettingsStore = createAiSettingsStore(deps.settingsRepo);
  const policy = {
    modelsDir: path.join(deps.dataDir, 'models'),
    allowCustomEndpoints: deps.allowCustomEndpoints ?? false,
  };
  const settings: AiSettingsStore = {
    ...store,
    update: (next) => {
      checkAiSettings(next, store.get(), policy);
      return store.update(next);
    },
  };
  const activity: ActivityLogStore = createActivityLogRepo(deps.db);
  const local = createLocalModels({
    modelsDir: path.join(deps.dataDir, 'models'),
    settings: () => settings.get(),
    ...(deps.llama ? { llama: deps.llama } : {}),
    assertOnline: () => {
      if (deps.isOffline?.())
        throw new AppError('OFFLINE', 'Jobsmith is in offline mode; turn it off in Settings to download models.');
    },
    ...(deps.onDownload ? { onDownload: deps.onDownload } : {}),
    ...(deps.allowHttpModelHosts?.length ? { allowHttpHosts: deps.allowHttpModelHosts } : {}),
    ...(deps.getJson ? { getJson: deps.getJson } : {}),
  });
  const service = createAiService({
    settings: () => settings.get(),
    createProvider: createProviderFactory({
      secrets: deps.secrets,
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
      ...(deps.env ? { env: deps.env } : {}),
      ...(deps.isOffline ? { isOffline: deps.isOffline } : {}),
      createLocal: async (config) => local.provider(config.id, config.label),
    }),
    log: activity,
    ...(deps.onStream ? { onStream: deps.onStream } : {}),
  });
  const env = deps.env ?? process.env;
  // A provider whose settings changed starts with a clean slate: its past failures were about the old settings.
  let previous = new Map(settings.get().providers.map((p) => [p.id, JSON.stringify(p)]));
  const stopWatchingSettings = settings.onChange((next) => {
    for (const p of next.providers) if (previous.get(p.id) !== JSON.stringify(p)) service.breakers.reset(p.id);
    previous = new Map(next.providers.map((p) => [p.id, JSON.stringify(p)]));
  });
  const findProvider = (providerId: string): ProviderConfig => {
    const config = settings.get().providers.find((p) => p.id === providerId);
    if (!config) throw new AppError('NOT_FOUND', `No provider called "${providerId}". Add it in Settings → AI.`);
    return config;
  };

  return {
    service,
    settings,
    activity,
    local,
    budget(): BudgetStatus {
      return budgetStatus(activity, settings.get(), new Date());
    },
    keys: {
      status(): KeyStatus[] {
        return settings
          .get()
          .providers.filter((p) => p.kind !== 'local')
          .map((p) => keyStatus(deps.secrets, p, env));
      },
      /** Write-only: the key goes into the secret store and is never read back over IPC. */
      set(providerId: string, key: string): KeyStatus {
        const config = findProvider(providerId);
        if (!deps.secrets)
          throw new AppError(
            'FORBIDDEN',
            'No secure key store is available here; set the key as an environment variable instead.',
          );
        const trimmed = key.trim();
        if (trimmed.length < 8 || /\s/.test(trimmed))
          throw new AppError('VALIDATION', 'That does not look like an API key.');
        deps.secrets.set(keyName(providerId), trimmed);
        return keyStatus(deps.secrets, config, env);
      },
      clear(providerId: string): KeyStatus {
        const config = findProvider(providerId);
        deps.secrets?.delete(keyName(providerId));
        return keyStatus(deps.secrets, config, env);
      },
    },
    /** One small structured generation: the "test connection" button and `ai ping`. */
    async ping(target: string | ProviderConfig, signal?: AbortSignal): Promise<PingResult> {
      const config = typeof target === 'string' ? findProvider(target) : target;
      const result = await service.generate({
        task: 'ai.ping',
        schema: Ping,
        system: 'You are a connection test.',
        prompt: 'Reply with ok set to true and word set to "pong".',
        // The answer needs a few tokens; reasoning models get room to think on top (see model-traits.ts),
        // and temperature is left out for the models that accept only their default.
        maxTokens: 64,
        temperature: 0,
        stream: true,
        bypassBreaker: true,
        providers: [{ ...config, maxRetries: Math.min(config.maxRetries, 1) }],
        ...(signal ? { signal } : {}),
      });
      return {
        provider: result.providerId,
        providerKind: result.providerKind,
        model: result.model,
        inputTokens: result.usage.inputTokens,
        outputTokens: result.usage.outputTokens,
        costUsd: result.costUsd,
        latencyMs: result.latencyMs,
        firstTokenMs: result.firstTokenMs,
        parsed: result.value,
      };
    },
    /** The on-device model folder: installed files, downloads in flight, the loaded model. */
    models() {
      return {
        installed: local.installed(),
        downloads: local.downloads.list(),
        loaded: local.loadedModel(),
        modelsDir: local.library.dir,
      };
    },
    /** Deletes an installed model file (unloading it first) and returns what is left. */
    async removeModel(fileName: string) {
      await local.library.remove(fileName);
      return local.installed();
    },
    /** Points the on-device provider at a .gguf file (installed or picked by the user) and enables it. */
    useLocalModel(file: string) {
      const resolved = local.checkModelFile(checkModelPath(file, policy.modelsDir));
      const current = settings.get();
      const existing = current.providers.find((p) => p.kind === 'local');
      const providers = existing
        ? current.providers.map((p) => (p === existing ? { ...p, model: resolved, enabled: true } : p))
        : [
            ...current.providers,
            {
              id: 'local',
              kind: 'local' as const,
              label: 'On-device model',
              enabled: true,
              model: resolved,
              timeoutMs: 120_000,
              maxRetries: 0,
            },
          ];
      return settings.update({ ...current, providers });
    },
    exportActivity(
      format: 'csv' | 'json',
      query: Pick<ActivityQuery, 'search' | 'providerId'> = {},
    ): { fileName: string; content: string } {
      let entries = activity.all();
      if (query.search || query.providerId) {
        entries = [];
        for (let offset = 0; ; offset += 500) {
          const page = activity.list({ ...query, limit: 500, offset }).entries;
          entries.push(...page);
          if (page.length < 500) break;
        }
      }
      const stamp = new Date().toISOString().slice(0, 10);
      return format === 'csv'
        ? { fileName: `jobsmith-ai-activity-${stamp}.csv`, content: activityToCsv(entries) }
        : { fileName: `jobsmith-ai-activity-${stamp}.json`, content: JSON.stringify(entries, null, 2) };
    },
    async dispose(): Promise<void> {
      stopWatchingSettings();
      await local.dispose();
    },
  };
}
export type AiModule = ReturnType<typeof createAiModule>;
