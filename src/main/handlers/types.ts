import type { Channel, ChannelArgs, ChannelOutput } from '../../shared/contract';
import type { Core } from '../core/app-core';

export interface HandlerContext {
  core: Core;
  transport: 'electron' | 'bridge' | 'direct';
  /** Aborted when the caller goes away (bridge request closed, window closed). */
  signal: AbortSignal;
}

export type Handler<C extends Channel> = (
  args: ChannelArgs<C>,
  ctx: HandlerContext,
) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

/** A complete or partial table of handlers; `Handlers` (all channels) is checked in index.ts. */
export type HandlersFor<K extends Channel> = { [C in K]: Handler<C> };
export type Handlers = HandlersFor<Channel>;
