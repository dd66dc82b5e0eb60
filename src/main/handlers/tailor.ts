import type { HandlersFor } from './types';

export const tailorHandlers: HandlersFor<
  | 'tailor.start'
  | 'tailor.get'
  | 'tailor.list'
  | 'tailor.cancel'
  | 'tailor.resolveFlag'
  | 'tailor.keyPoints'
  | 'tailor.rewrite'
> = {
  'tailor.start': ({ jobId, options }, { core }) => core.tailor.start(jobId, options),
  'tailor.get': ({ runId }, { core }) => core.tailor.get(runId),
  'tailor.list': ({ jobId }, { core }) => core.tailor.list(jobId),
  'tailor.cancel': ({ runId }, { core }) => core.tailor.cancel(runId),
  'tailor.resolveFlag': ({ runId, flagId, action }, { core }) => core.tailor.resolveFlag(runId, flagId, action),
  'tailor.keyPoints': ({ jobId }, { core }) => core.tailor.keyPoints(jobId),
  'tailor.rewrite': ({ runId, target, providerId }, { core }) => core.tailor.rewrite(runId, target, providerId),
};
