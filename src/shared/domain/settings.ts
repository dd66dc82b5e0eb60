import { z } from 'zod';

/**
 * Every user setting with its default. Areas add their keys here; a stored value that no longer
 * validates falls back to the default instead of breaking start-up.
 */
export const Settings = z.object({
  /** When on, the network gateway refuses every outbound request before a socket is opened. */
  offlineMode: z.boolean().default(false),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  /** Chrome/Chromium used to render job pages that need JavaScript; null = find it automatically. */
  browserPath: z.string().nullable().default(null),
});
export type Settings = z.infer<typeof Settings>;
export type SettingKey = keyof Settings;

export const SettingsPatch = Settings.partial();
export type SettingsPatch = z.infer<typeof SettingsPatch>;
