import { BrowserWindow, ipcMain } from 'electron';
import { CHANNELS } from '../../shared/contract';
import { err } from '../../shared/ipc/result';
import type { Core } from '../core/app-core';
import { dispatch } from '../handlers/dispatch';
import type { Handlers } from '../handlers/types';
import { validateSender } from './validate-sender';

export const EVENT_PREFIX = 'event:';

/** Electron transport: one `ipcMain.handle` per contract channel, each behind validateSender. */
export function registerIpc(core: Core, handlers: Handlers, devServerUrl: string | undefined) {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!validateSender(event.senderFrame, devServerUrl)) {
        return err('FORBIDDEN', 'This window may not call Jobsmith.');
      }
      const controller = new AbortController();
      const onGone = () => controller.abort();
      event.sender.once('destroyed', onGone);
      try {
        return await dispatch(handlers, channel, input, { core, transport: 'electron', signal: controller.signal });
      } finally {
        event.sender.off('destroyed', onGone);
      }
    });
  }
  const unsubscribe = core.events.subscribe((name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(`${EVENT_PREFIX}${name}`, payload);
    }
  });
  return () => {
    unsubscribe();
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
