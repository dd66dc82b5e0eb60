import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../../shared/ipc/result';
import type { WorkerJob, WorkerMessage } from './import-worker-protocol';
import { docxHtmlInProcess, pdfTextInProcess } from '../../jobs/extract/document-text';
import { parseDocument } from './parse-document';

/**
 * Worker-thread entry: parses the documents it is sent, posting progress and then the result or an
 * error for each. Built as its own file in the Electron bundle (out/main/import-worker.js); under
 * tsx/vitest it is loaded as TypeScript (see run-import-worker.ts).
 */
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

function run(job: WorkerJob): Promise<void> {
  if (job.task === 'job-pdf-text')
    return pdfTextInProcess(job.bytes).then((text) => post({ id: job.id, type: 'text', text }));
  if (job.task === 'job-docx-html')
    return docxHtmlInProcess(job.bytes).then((text) => post({ id: job.id, type: 'text', text }));
  return parseDocument(job.bytes, job.fileName, (step) => post({ id: job.id, type: 'progress', step })).then((result) =>
    post({ id: job.id, type: 'result', result }),
  );
}

parentPort?.on('message', (job: WorkerJob) => {
  run(job).catch((error: unknown) => {
    if (error instanceof AppError) {
      post({
        id: job.id,
        type: 'error',
        error: {
          code: error.code,
          message: error.message,
          ...(error.details === undefined ? {} : { details: error.details }),
        },
      });
    } else {
      post({
        id: job.id,
        type: 'error',
        error: {
          code: 'INTERNAL',
          message: `The document could not be parsed: ${(error as Error)?.message ?? String(error)}`,
        },
      });
    }
  });
});
