import type { HandlersFor } from './types';

type AiChannel =
  | 'ai.settings.get'
  | 'ai.settings.update'
  | 'ai.keys.status'
  | 'ai.keys.set'
  | 'ai.keys.clear'
  | 'ai.test'
  | 'ai.cancel'
  | 'ai.budget'
  | 'ai.activity.list'
  | 'ai.activity.export'
  | 'ai.models.list'
  | 'ai.models.hardware'
  | 'ai.models.pull'
  | 'ai.models.retryPull'
  | 'ai.models.cancelPull'
  | 'ai.models.remove'
  | 'ai.models.use';

/** AI channels: validate (done by the dispatcher) and call one core method. Keys only ever come in. */
export const aiHandlers: HandlersFor<AiChannel> = {
  'ai.settings.get': (_args, { core }) => core.ai.settings.get(),
  'ai.settings.update': ({ settings }, { core }) => core.ai.settings.update(settings),
  'ai.keys.status': (_args, { core }) => core.ai.keys.status(),
  'ai.keys.set': ({ providerId, key }, { core }) => core.ai.keys.set(providerId, key),
  'ai.keys.clear': ({ providerId }, { core }) => core.ai.keys.clear(providerId),
  'ai.test': ({ providerId }, { core, signal }) => core.ai.ping(providerId, signal),
  'ai.cancel': ({ requestId }, { core }) => ({ cancelled: core.ai.service.cancel(requestId) }),
  'ai.budget': (_args, { core }) => core.ai.budget(),
  'ai.activity.list': (query, { core }) => core.ai.activity.list(query),
  'ai.activity.export': ({ format, search, providerId }, { core }) =>
    core.ai.exportActivity(format, { ...(search ? { search } : {}), ...(providerId ? { providerId } : {}) }),
  'ai.models.list': (_args, { core }) => core.ai.models(),
  'ai.models.hardware': (_args, { core }) => core.ai.local.hardware(),
  'ai.models.pull': ({ uri, sha256 }, { core }) => core.ai.local.downloads.start(uri, sha256),
  'ai.models.retryPull': ({ downloadId }, { core }) => core.ai.local.downloads.retry(downloadId),
  'ai.models.cancelPull': ({ downloadId }, { core }) => ({ cancelled: core.ai.local.downloads.cancel(downloadId) }),
  'ai.models.remove': ({ fileName }, { core }) => core.ai.removeModel(fileName),
  'ai.models.use': ({ path }, { core }) => core.ai.useLocalModel(path),
};
