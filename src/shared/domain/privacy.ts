import { z } from 'zod';

/** The phrase the user types to delete everything (checked in the main process too). */
export const DELETE_ALL_CONFIRMATION = 'DELETE ALL MY DATA';

export const DataExport = z.object({
  fileName: z.string(),
  /** The zip: database.json (every table as JSON) plus the files the user's data lives in. */
  dataBase64: z.string(),
  tables: z.number().int(),
  rows: z.number().int(),
  files: z.number().int(),
});
export type DataExport = z.infer<typeof DataExport>;

export const BackupEntry = z.object({
  fileName: z.string(),
  kind: z.string(),
  createdAt: z.string(),
  bytes: z.number().int(),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

export const DeleteAllResult = z.object({
  tablesCleared: z.number().int(),
  rowsDeleted: z.number().int(),
  filesDeleted: z.number().int(),
});
export type DeleteAllResult = z.infer<typeof DeleteAllResult>;
