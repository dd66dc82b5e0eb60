import type { HandlersFor } from './types';

type ApplicationChannels =
  | 'applications.list'
  | 'applications.get'
  | 'applications.add'
  | 'applications.move'
  | 'applications.log'
  | 'applications.update'
  | 'applications.remove'
  | 'applications.stats'
  | 'applications.contacts.list'
  | 'applications.contacts.add'
  | 'applications.contacts.link'
  | 'applications.snapshot'
  | 'applications.reminders.inbox'
  | 'applications.reminders.add'
  | 'applications.reminders.snooze'
  | 'applications.reminders.done'
  | 'applications.import.preview'
  | 'applications.import.apply'
  | 'applications.export';

export const applicationsHandlers: HandlersFor<ApplicationChannels> = {
  'applications.list': (query, { core }) => core.applications.applications.list(query),
  'applications.get': ({ id }, { core }) => core.applications.applications.get(id),
  'applications.add': (input, { core }) => core.applications.applications.add(input),
  'applications.move': ({ id, status, on }, { core }) => core.applications.applications.move(id, status, on),
  'applications.log': ({ id, event }, { core }) => core.applications.applications.log(id, event),
  'applications.update': ({ id, patch }, { core }) => core.applications.applications.update(id, patch),
  'applications.remove': ({ id }, { core }) => core.applications.applications.remove(id),
  'applications.stats': (_args, { core }) => core.applications.applications.stats(),
  'applications.contacts.list': (_args, { core }) => core.applications.applications.contacts(),
  'applications.contacts.add': ({ contact, applicationId }, { core }) =>
    core.applications.applications.addContact(contact, applicationId),
  'applications.contacts.link': ({ applicationId, contactId }, { core }) =>
    core.applications.applications.linkContact(applicationId, contactId),
  'applications.snapshot': ({ id, files }, { core }) => core.applications.snapshots.takeEncoded(id, files),
  'applications.reminders.inbox': (_args, { core }) => core.applications.reminders.inbox(),
  'applications.reminders.add': ({ id, at, title }, { core }) => core.applications.applications.remind(id, at, title),
  'applications.reminders.snooze': ({ id, until }, { core }) => core.applications.reminders.snooze(id, until),
  'applications.reminders.done': ({ id }, { core }) => core.applications.reminders.done(id),
  'applications.import.preview': ({ csv }, { core }) => core.applications.transfer.preview(csv),
  'applications.import.apply': ({ csv }, { core }) => core.applications.transfer.importCsv(csv),
  'applications.export': ({ format }, { core }) => core.applications.transfer.export(format),
};
