import { z } from 'zod';
import { Basics, Profile } from './domain/profile';
import { Settings, SettingsPatch } from './domain/settings';

/**
 * The one IPC contract. Every channel the renderer can call, with its zod input and output, and
 * every event the core pushes. Both transports (Electron IPC and the loopback bridge) serve exactly
 * this table; `src/main/handlers` implements it and the compiler checks that nothing is missing.
 *
 * Conventions: channel names are `area.verb`; inputs are objects (never bare values) so they can grow.
 */
const none = z.object({}).strict();

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  transport: z.enum(['electron', 'bridge', 'direct']),
  dataDir: z.string(),
  databaseFile: z.string(),
  schemaVersion: z.number().int(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** The editable basics of the profile, as the Profile screen's form sends them. */
export const BasicsInput = Basics.pick({
  name: true,
  label: true,
  email: true,
  phone: true,
  url: true,
  summary: true,
  location: true,
  profiles: true,
}).extend({
  email: z.union([z.literal(''), z.string().trim().email('not a valid email address')]),
});
export type BasicsInput = z.infer<typeof BasicsInput>;

export const ProfileSnapshot = z.object({
  profile: Profile,
  updatedAt: z.string().nullable(),
  isEmpty: z.boolean(),
});
export type ProfileSnapshot = z.infer<typeof ProfileSnapshot>;

export const contract = {
  'app.info': { input: none, output: AppInfo },
  'profile.get': { input: none, output: ProfileSnapshot },
  'profile.saveBasics': { input: z.object({ basics: BasicsInput }).strict(), output: ProfileSnapshot },
  'settings.get': { input: none, output: Settings },
  'settings.update': { input: z.object({ patch: SettingsPatch }).strict(), output: Settings },
} as const;

export const Progress = z.object({
  taskId: z.string(),
  label: z.string(),
  /** 0..1, or null when the amount of work is unknown. */
  fraction: z.number().min(0).max(1).nullable(),
  done: z.boolean().default(false),
});
export type Progress = z.infer<typeof Progress>;

export const Notification = z.object({
  level: z.enum(['info', 'success', 'warning', 'error']),
  title: z.string(),
  body: z.string().optional(),
});
export type Notification = z.infer<typeof Notification>;

export const events = {
  progress: Progress,
  notification: Notification,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelArgs<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const CHANNELS = Object.keys(contract) as Channel[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
