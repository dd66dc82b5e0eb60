import * as Dialog from '@radix-ui/react-dialog';
import { Trash2, X } from 'lucide-react';
import { useState } from 'react';
import { DELETE_ALL_CONFIRMATION } from '../../../../shared/domain/privacy';
import { Button } from '../../components/ui/button';
import { Input } from '../../components/ui/input';
import { usePrivacy } from './privacy-store';

/** "Delete all my data": says what goes, and only acts once the user has typed the phrase the core checks. */
export function DeleteAllDialog({ onDeleted }: { onDeleted(): void }) {
  const { busy, deleteAll, error } = usePrivacy();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const matches = typed === DELETE_ALL_CONFIRMATION;

  const run = async () => {
    if (await deleteAll(typed)) {
      setOpen(false);
      onDeleted();
    }
  };

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setTyped('');
      }}
    >
      <Dialog.Trigger asChild>
        <Button variant="danger">
          <Trash2 aria-hidden /> Delete all my data
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 flex w-[min(36rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 flex-col gap-4 rounded-lg border border-border bg-surface p-5 shadow-xl">
          <div className="flex items-start justify-between gap-3">
            <Dialog.Title className="text-lg font-semibold">Delete all your data?</Dialog.Title>
            <Dialog.Close className="rounded p-1 text-fg-muted hover:bg-muted" aria-label="Close">
              <X className="size-4" />
            </Dialog.Close>
          </div>
          <Dialog.Description asChild>
            <div className="flex flex-col gap-2 text-sm">
              <p>This cannot be undone. Jobsmith deletes, on this computer:</p>
              <ul className="list-disc pl-5 text-fg-muted">
                <li>
                  your profile and all its versions, every job, match, tailored CV and letter, application and reminder;
                </li>
                <li>your settings, the AI activity log and the stored API keys;</li>
                <li>your document files and exports, and every backup of the database.</li>
              </ul>
              <p>Downloaded on-device models are kept. Export your data first if you may want it back.</p>
            </div>
          </Dialog.Description>
          <label className="flex flex-col gap-1 text-sm">
            <span>
              Type <strong className="font-mono">{DELETE_ALL_CONFIRMATION}</strong> to confirm
            </span>
            <Input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} />
          </label>
          {error ? (
            <p role="alert" className="text-sm text-danger">
              {error}
            </p>
          ) : null}
          <div className="flex justify-end gap-2">
            <Dialog.Close asChild>
              <Button variant="secondary">Cancel</Button>
            </Dialog.Close>
            <Button variant="danger" disabled={!matches || busy === 'delete'} onClick={() => void run()}>
              {busy === 'delete' ? 'Deleting…' : 'Delete everything'}
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
