import type { Db } from '../db/client';
import type { EventBus } from '../events';
import type { Gateway } from '../net/gateway';
import type { AtsEndpoints } from './ats/fetch-board';
import { createJobsService, type JobsService, type JobsServiceDeps } from './jobs-service';
import { createJobsRepo } from './store/jobs-repo';
import { createWatchRepo } from './watch/watch-repo';
import { createWatchService, type WatchService } from './watch/watch-service';

/** Builds the jobs area for the core: services, their gateways, and the watchlist schedule. */
export interface JobsModuleOptions {
  db: Db;
  events: EventBus;
  settings: () => { offlineMode: boolean; browserPath: string | null };
  /** The core's one network gateway. */
  gateway: Gateway;
  /** How often the watchlist is checked; null turns the schedule off. Default 6 hours. */
  watchIntervalMs?: number | null;
  endpoints?: AtsEndpoints;
  onStatusChange?: JobsServiceDeps['onStatusChange'];
}

export const DEFAULT_WATCH_INTERVAL_MS = 6 * 60 * 60 * 1000;

export function createJobsModule(opts: JobsModuleOptions): { jobs: JobsService; watch: WatchService; dispose(): void } {
  const isOffline = (): boolean => opts.settings().offlineMode;
  const gateway = opts.gateway;
  // The headless browser loads a page's scripts and data in parallel: same gate, no per-host delay.
  const renderGateway = gateway.derive({ hostIntervalMs: 0, retries: 0, timeoutMs: 30_000 });
  const jobs = createJobsService({ repo: createJobsRepo(opts.db), gateway, renderGateway, browserPath: () => opts.settings().browserPath, ...(opts.onStatusChange ? { onStatusChange: opts.onStatusChange } : {}) });
  const watch = createWatchService({ repo: createWatchRepo(opts.db), jobs, gateway, events: opts.events, isOffline, ...(opts.endpoints ? { endpoints: opts.endpoints } : {}) });
  const interval = opts.watchIntervalMs === undefined ? DEFAULT_WATCH_INTERVAL_MS : opts.watchIntervalMs;
  const stop = interval ? watch.schedule(interval) : () => undefined;
  return { jobs, watch, dispose: stop };
}
