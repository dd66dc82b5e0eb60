import { z } from 'zod';
import { contract, isChannel, type Channel, type ChannelOutput } from '../../shared/contract';
import { AppError, describeZodError, err, ok, type Result } from '../../shared/ipc/result';
import type { HandlerContext, Handlers } from './types';

export interface DispatchLog {
  error(message: string, details?: unknown): void;
}

/**
 * The one entry point both transports use: validate the input against the contract, run the handler,
 * validate the output, and turn every failure into `{ok:false, error}`. Nothing throws past here.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawInput: unknown,
  ctx: HandlerContext,
  log: DispatchLog = console,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return err('NOT_FOUND', `Unknown channel "${channel}".`);
  const def = contract[channel];
  const input = def.input.safeParse(rawInput ?? {});
  if (!input.success) {
    return err('VALIDATION', `Invalid input for ${channel}: ${describeZodError(input.error)}`, {
      issues: input.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
    });
  }
  try {
    const handler = handlers[channel] as (args: unknown, ctx: HandlerContext) => unknown;
    const value = await handler(input.data, ctx);
    const output = (def.output as z.ZodType).safeParse(value);
    if (!output.success) {
      log.error(`Handler ${channel} returned data outside the contract`, output.error.issues);
      return err('INTERNAL', `Jobsmith produced an unexpected result for ${channel}. Please report this.`);
    }
    return ok(output.data as ChannelOutput<Channel>);
  } catch (error) {
    if (error instanceof AppError) return err(error.code, error.message, error.details);
    if (error instanceof z.ZodError) return err('VALIDATION', describeZodError(error));
    if (ctx.signal.aborted) return err('CANCELLED', 'The request was cancelled.');
    log.error(`Handler ${channel} failed`, error);
    return err('INTERNAL', `Something went wrong in ${channel}: ${(error as Error)?.message ?? 'unknown error'}`);
  }
}
