import * as Dialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import { CaptureBar } from './CaptureBar';
import { CapturePreviewCard } from './CapturePreviewCard';
import { useJobs } from './jobs-store';

/** "Add job": one dialog for every way in (URL, paste, file, drop), each ending in the same check-then-save preview. */
export function AddJobDialog() {
  const { adding, preview, captureError, closeAdd, openAdd } = useJobs();
  return (
    <Dialog.Root open={adding} onOpenChange={(open) => (open ? openAdd() : closeAdd())}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 flex max-h-[90vh] w-[min(44rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 flex-col gap-4 overflow-y-auto rounded-lg border border-border bg-surface p-5 shadow-xl">
          <div className="flex items-start justify-between gap-3">
            <div>
              <Dialog.Title className="text-lg font-semibold">Add a job</Dialog.Title>
              <Dialog.Description className="text-sm text-fg-muted">
                Give its address, paste its text or pick its file. You check what was read before it is saved.
              </Dialog.Description>
            </div>
            <Dialog.Close className="rounded p-1 text-fg-muted hover:bg-muted" aria-label="Close">
              <X className="size-4" />
            </Dialog.Close>
          </div>
          {/* The form stays mounted under the preview, so Discard goes back to what was typed. */}
          <div hidden={!!preview}>
            <CaptureBar />
          </div>
          {preview ? <CapturePreviewCard key={preview.result.draft.captureLog[0]?.at ?? 'preview'} /> : null}
          {preview && captureError ? (
            <p role="alert" className="text-sm text-danger">
              {captureError}
            </p>
          ) : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
