import type { Channel, ChannelInput, ChannelOutput, EventName, EventPayload } from '../../../shared/contract';
import type { AppErrorShape, Result } from '../../../shared/ipc/result';
import { pickTransport } from './transport';

const transport = pickTransport();

/** A failed call, carrying the core's error (code + a message a person can read). */
export class ApiError extends Error {
  constructor(readonly error: AppErrorShape) {
    super(error.message);
    this.name = 'ApiError';
  }
}

/** The typed client: a wrong channel name or input is a compile error. */
export const api = {
  transport: transport.kind,
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
    return transport.call(channel, input) as Promise<Result<ChannelOutput<C>>>;
  },
  /** Like `call`, but resolves to the value and rejects with ApiError. */
  async invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await api.call(channel, input);
    if (!result.ok) throw new ApiError(result.error);
    return result.value;
  },
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void {
    return transport.on(name, listener as (payload: unknown) => void);
  },
};

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
