import type { HandlersFor } from './types';

type DocumentChannels =
  | 'documents.list'
  | 'documents.get'
  | 'documents.save'
  | 'documents.saveFromProfile'
  | 'documents.preview'
  | 'documents.compare'
  | 'documents.diffWithProfile'
  | 'documents.export'
  | 'documents.resolveFlag';

export const documentsHandlers: HandlersFor<DocumentChannels> = {
  'documents.list': (filter, { core }) => core.documents.list(filter),
  'documents.get': ({ id }, { core }) => core.documents.get(id),
  'documents.save': (input, { core }) => core.documents.save(input),
  'documents.saveFromProfile': ({ options }, { core }) => core.documents.saveFromProfile(options),
  'documents.preview': ({ content, options }, { core }) => core.documents.preview(content, options),
  'documents.compare': ({ a, b }, { core }) => core.documents.compare(a, b),
  'documents.diffWithProfile': ({ id }, { core }) => core.documents.diffWithProfile(id),
  'documents.export': (req, { core }) => core.documents.exportFile(req),
  'documents.resolveFlag': ({ id, flagId, action }, { core }) => core.documents.resolveFlag(id, flagId, action),
};
