import type { HandlersFor } from './types';

type JobChannels =
  | 'jobs.extract'
  | 'jobs.add'
  | 'jobs.list'
  | 'jobs.get'
  | 'jobs.update'
  | 'jobs.remove'
  | 'jobs.companies'
  | 'jobs.browser'
  | 'watch.boards'
  | 'watch.addBoard'
  | 'watch.removeBoard'
  | 'watch.searches'
  | 'watch.addSearch'
  | 'watch.removeSearch'
  | 'watch.refresh';

export const jobsHandlers: HandlersFor<JobChannels> = {
  'jobs.extract': ({ capture }, { core }) => core.jobs.extract(capture),
  'jobs.add': ({ capture, edits }, { core }) => core.jobs.add(capture, edits),
  'jobs.list': (query, { core }) => core.jobs.list(query),
  'jobs.get': ({ id }, { core }) => core.jobs.detail(id),
  'jobs.update': ({ id, edits }, { core }) => core.jobs.update(id, edits),
  'jobs.remove': ({ id }, { core }) => core.jobs.remove(id),
  'jobs.companies': (_args, { core }) => core.jobs.companies(),
  'jobs.browser': (_args, { core }) => core.jobs.browser(),
  'watch.boards': (_args, { core }) => core.watch.boards(),
  'watch.addBoard': ({ board, provider, label }, { core }) => core.watch.addBoard(board, provider, label),
  'watch.removeBoard': ({ id }, { core }) => core.watch.removeBoard(id),
  'watch.searches': (_args, { core }) => core.watch.searches(),
  'watch.addSearch': ({ search }, { core }) => core.watch.addSearch(search),
  'watch.removeSearch': ({ id }, { core }) => core.watch.removeSearch(id),
  'watch.refresh': ({ boardId }, { core }) => core.watch.refresh(boardId),
};
