import type { Channel, ChannelInput, ChannelOutput, EventName, EventPayload } from '../shared/contract';
import type { Result } from '../shared/ipc/result';

/** What the preload exposes as `window.jobsmith`: typed calls and events from the contract only. */
export interface JobsmithBridge {
  call: { [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>> };
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
}

declare global {
  interface Window {
    jobsmith?: JobsmithBridge;
  }
}
