import type { AiModule } from '../ai/ai-module';
import type { Db } from '../db/client';
import type { EventBus } from '../events';
import type { Gateway } from '../net/gateway';
import type { AtsEndpoints } from './ats/fetch-board';
import { createJobsService, type JobsService, type JobsServiceDeps } from './jobs-service';
import { createJobsRepo } from './store/jobs-repo';
import { createWatchRepo } from './watch/watch-repo';
import { createWatchService, type WatchService } from './watch/watch-service';

export interface JobsModuleDeps {
  db: Db;
  events: EventBus;
  settings: () => { offlineMode: boolean; browserPath: string | null; captureModelAssist: boolean };
  /** The AI area: model-assisted capture asks its service when the setting is on and a provider is enabled. */
  ai: Pick<AiModule, 'service' | 'settings'>;
  /** The core's one network gateway. */
  gateway: Gateway;
  /** How often the watchlist is checked; null turns the schedule off. Default 6 hours. */
  watchIntervalMs?: number | null;
  endpoints?: AtsEndpoints;
  onStatusChange?: JobsServiceDeps['onStatusChange'];
}

export interface JobsModule {
  /** Job capture and storage. */
  jobs: JobsService;
  /** The watchlist of company job boards, saved searches and the inbox. */
  watch: WatchService;
  /** Stops the watchlist schedule. */
  dispose(): void;
}

export const DEFAULT_WATCH_INTERVAL_MS = 6 * 60 * 60 * 1000;

/** Builds the jobs area for the core: services, their gateways, and the watchlist schedule. */
export function createJobsModule(opts: JobsModuleDeps): JobsModule {
  const isOffline = (): boolean => opts.settings().offlineMode;
  const gateway = opts.gateway;
  // The headless browser loads a page's scripts and data in parallel: same gate, no per-host delay.
  const renderGateway = gateway.derive({ hostIntervalMs: 0, retries: 0, timeoutMs: 30_000 });
  // Model-assisted capture: off unless the user turned it on and has a model provider enabled.
  const modelAssist = {
    generate: opts.ai.service.generate,
    enabled: () => opts.settings().captureModelAssist && opts.ai.settings.get().providers.some((p) => p.enabled),
  };
  const jobs = createJobsService({
    repo: createJobsRepo(opts.db),
    gateway,
    renderGateway,
    browserPath: () => opts.settings().browserPath,
    modelAssist,
    ...(opts.onStatusChange ? { onStatusChange: opts.onStatusChange } : {}),
  });
  const watch = createWatchService({
    repo: createWatchRepo(opts.db),
    jobs,
    gateway,
    events: opts.events,
    isOffline,
    ...(opts.endpoints ? { endpoints: opts.endpoints } : {}),
  });
  const interval = opts.watchIntervalMs === undefined ? DEFAULT_WATCH_INTERVAL_MS : opts.watchIntervalMs;
  const stop = interval ? watch.schedule(interval) : () => undefined;
  return { jobs, watch, dispose: stop };
}
