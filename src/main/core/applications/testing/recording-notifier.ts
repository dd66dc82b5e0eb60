import type { Notifier, ReminderNotice } from '../notifier';

/** A notifier that keeps every notice it was given, in order. */
export function createRecordingNotifier(): Notifier & { notices: ReminderNotice[] } {
  const notices: ReminderNotice[] = [];
  return { notices, notify: (notice) => void notices.push(notice) };
}
