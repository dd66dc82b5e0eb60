import type { Channel, ChannelInput, ChannelOutput, EventName, EventPayload } from '../../../shared/contract';
import type { AppErrorShape } from '../../../shared/ipc/result';
import { pickTransport } from './transport';

const transport = pickTransport();

/** A failed call, carrying the core's error (code + a message a person can read). */
export class ApiError extends Error {
  constructor(readonly error: AppErrorShape) {
    super(error.message);
    this.name = 'ApiError';
  }
}

/**
 * The typed client: a wrong channel name or input is a compile error. The one error convention:
 * `invoke` resolves to the value and rejects with ApiError; stores catch it into their `error`.
 */
export const api = {
  transport: transport.kind,
  async invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await transport.call(channel, input);
    if (!result.ok) throw new ApiError(result.error);
    return result.value as ChannelOutput<C>;
  },
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void {
    return transport.on(name, listener as (payload: unknown) => void);
  },
};

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Field errors keyed by path ("email", "location.city") from a VALIDATION ApiError, or null. */
export function fieldErrors(error: unknown, skip = 0): Record<string, string> | null {
  if (!(error instanceof ApiError) || error.error.code !== 'VALIDATION') return null;
  const issues = (error.error.details as { issues?: { path: (string | number)[]; message: string }[] } | undefined)
    ?.issues;
  if (!issues?.length) return null;
  return Object.fromEntries(issues.map((i) => [i.path.slice(skip).join('.') || 'form', i.message]));
}
