import { BrowserWindow, Notification } from 'electron';
import type { Core } from './core/app-core';
import type { Notifier } from './core/applications/notifier';

/**
 * Mirrors the core's notifications (e.g. new postings in the inbox) as OS notifications while no
 * Jobsmith window has focus; the renderer shows the same ones as toasts when it does.
 */
export function forwardDesktopNotifications(core: Core): () => void {
  return core.events.subscribe((name, payload) => {
    if (name !== 'notification' || !Notification.isSupported()) return;
    if (BrowserWindow.getFocusedWindow()) return;
    const { title, body } = payload as { title: string; body?: string };
    const notification = new Notification({ title, ...(body ? { body } : {}) });
    notification.on('click', () => {
      const window = BrowserWindow.getAllWindows()[0];
      if (window) {
        if (window.isMinimized()) window.restore();
        window.focus();
      }
    });
    notification.show();
  });
}

function focusWindow(): void {
  const window = BrowserWindow.getAllWindows()[0];
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

/** Due application reminders as OS notifications (the in-app inbox shows them too). */
export function createDesktopNotifier(): Notifier {
  return {
    notify({ title, body }) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body });
      notification.on('click', focusWindow);
      notification.show();
    },
  };
}
