/** Limits of the document import, in one place so the UI, CLI and tests agree. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const IMPORT_TIMEOUT_MS = 30_000;

export const formatMegabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
