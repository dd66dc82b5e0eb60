import { EventEmitter } from 'node:events';
import type { EventName, EventPayload } from '../../shared/contract';

export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** The core's typed event bus. Transports subscribe and forward events to the renderer. */
export function createEventBus() {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(100);
  return {
    emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
      emitter.emit('event', name, payload);
    },
    subscribe(listener: EventListener): () => void {
      const wrapped = (name: EventName, payload: unknown) =>
        (listener as (n: EventName, p: unknown) => void)(name, payload);
      emitter.on('event', wrapped);
      return () => emitter.off('event', wrapped);
    },
  };
}
export type EventBus = ReturnType<typeof createEventBus>;
