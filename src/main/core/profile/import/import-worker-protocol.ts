import type { AppErrorShape } from '../../../../shared/ipc/result';
import type { ImportResult } from './types';

/** Messages between the import pipeline and its worker thread (one worker serves many jobs). */
export interface WorkerJob {
  id: number;
  /** A CV import (default), or a job description file read to text (PDF) or HTML (DOCX). */
  task?: 'cv' | 'job-pdf-text' | 'job-docx-html';
  bytes: Uint8Array;
  fileName: string;
}
export interface ProgressStep {
  label: string;
  fraction: number | null;
}
export type WorkerMessage =
  | { id: number; type: 'progress'; step: ProgressStep }
  | { id: number; type: 'result'; result: ImportResult }
  | { id: number; type: 'text'; text: string }
  | { id: number; type: 'error'; error: AppErrorShape };
