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
  /**
   * Offline mode still lets Jobsmith reach servers on this computer (127.0.0.1, ::1, localhost),
   * such as Ollama or LM Studio: that traffic never leaves the machine. Off: offline blocks them too.
   */
  offlineAllowsLoopback: z.boolean().default(true),
  /**
   * Model-assisted capture: fields a capture is unsure of or lacks are asked of the AI model in use,
   * and any value it gives that is not on the page is dropped. Off: captures never call a model.
   */
  captureModelAssist: z.boolean().default(false),
});

/** A loopback address: traffic to it stays on this computer. */
export function isLoopbackUrl(url: string | URL): boolean {
  try {
    const host = (typeof url === 'string' ? new URL(url) : url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
  } catch {
    return false;
  }
}

/** Whether offline mode refuses a request to `url` (no URL: whether offline mode is on at all). */
export function offlineBlocks(
  settings: Pick<Settings, 'offlineMode' | 'offlineAllowsLoopback'>,
  url?: string | URL,
): boolean {
  if (!settings.offlineMode) return false;
  return !(url !== undefined && settings.offlineAllowsLoopback && isLoopbackUrl(url));
}
export type Settings = z.infer<typeof Settings>;
export type SettingKey = keyof Settings;

/**
 * Some settings, each without its default: zod applies a default even to an optional key, so
 * `Settings.partial()` would turn every key not sent back to its default (offline mode switched
 * off by a theme change). Every Settings key has a default, which `unwrap()` drops.
 */
type PatchShape = {
  [K in keyof typeof Settings.shape]: z.ZodOptional<ReturnType<(typeof Settings.shape)[K]['unwrap']>>;
};
export const SettingsPatch = z.object(
  Object.fromEntries(
    Object.entries(Settings.shape).map(([key, field]) => [key, field.unwrap().optional()]),
  ) as PatchShape,
);
export type SettingsPatch = z.infer<typeof SettingsPatch>;
