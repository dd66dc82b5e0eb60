import type { HandlersFor } from './types';

export const matchHandlers: HandlersFor<'match.analyzeText' | 'match.job' | 'match.rankAll' | 'match.list'> = {
  'match.analyzeText': ({ title, text }, { core }) => core.match.analyzeText({ title, text }),
  'match.job': ({ jobId, semantic }, { core }) => core.match.matchJob(jobId, { semantic }),
  'match.rankAll': ({ limit }, { core }) => core.match.rankAll(limit),
  'match.list': ({ limit }, { core }) => core.match.ranked(limit),
};
