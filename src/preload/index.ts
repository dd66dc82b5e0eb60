import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, EVENT_NAMES, type EventName } from '../shared/contract';
import type { JobsmithBridge } from './api';

const EVENT_PREFIX = 'event:';

// One function per contract channel, and a subscription per contract event. Nothing raw is exposed.
const call = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input ?? {})]),
) as JobsmithBridge['call'];

const api: JobsmithBridge = {
  call,
  on(name, listener) {
    if (!EVENT_NAMES.includes(name as EventName)) throw new Error(`Unknown event ${String(name)}`);
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => (listener as (p: unknown) => void)(payload);
    ipcRenderer.on(`${EVENT_PREFIX}${name}`, wrapped);
    return () => ipcRenderer.off(`${EVENT_PREFIX}${name}`, wrapped);
  },
};

contextBridge.exposeInMainWorld('jobsmith', api);
