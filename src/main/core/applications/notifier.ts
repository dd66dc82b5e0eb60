/**
 * How the core tells the person a reminder is due. The app passes one built on Electron's Notification
 * (src/main/desktop-notifications.ts); tests pass a recorder (testing/recording-notifier.ts).
 */
export interface ReminderNotice {
  reminderId: string;
  applicationId: string;
  title: string;
  body: string;
}

export interface Notifier {
  notify(notice: ReminderNotice): void;
}
