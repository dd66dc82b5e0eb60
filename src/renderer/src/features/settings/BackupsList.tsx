import * as Dialog from '@radix-ui/react-dialog';
import { format } from 'date-fns';
import { useState } from 'react';
import type { BackupEntry } from '../../../../shared/domain/privacy';
import { Button } from '../../components/ui/button';
import { usePrivacy } from './privacy-store';

const KIND_LABEL: Record<string, string> = { daily: 'Daily', weekly: 'Weekly', 'before-migration': 'Before an update' };

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, 'd MMM yyyy, HH:mm');
}

/** The backups the core keeps, each restorable at the next start after a confirmation. */
export function BackupsList() {
  const { backups, loading, busy, pendingRestore, restoreAtNextStart } = usePrivacy();
  const [chosen, setChosen] = useState<BackupEntry | null>(null);

  const confirm = async () => {
    if (chosen && (await restoreAtNextStart(chosen.fileName))) setChosen(null);
  };

  return (
    <div className="flex flex-col gap-2">
      <h3 className="text-sm font-medium">Backups</h3>
      <p className="text-sm text-fg-muted">
        Jobsmith copies your database every day and every week. Restoring one happens the next time Jobsmith starts:
        your current database is then moved aside (renamed to jobsmith.damaged-…sqlite in the data folder), not deleted.
      </p>
      {loading ? <p className="text-sm text-fg-muted">Reading the backups…</p> : null}
      {!loading && backups.length === 0 ? (
        <p className="text-sm text-fg-muted">No backup yet: the first is made when Jobsmith starts.</p>
      ) : null}
      {backups.length > 0 ? (
        <table className="w-full text-sm" aria-label="Backups">
          <thead>
            <tr className="text-left text-fg-muted">
              <th className="py-1 font-medium">Made</th>
              <th className="py-1 font-medium">Kind</th>
              <th className="py-1 font-medium">Size</th>
              <th className="py-1">
                <span className="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.fileName} className="border-t border-border">
                <td className="py-1">{when(b.createdAt)}</td>
                <td className="py-1">{KIND_LABEL[b.kind] ?? 'Other'}</td>
                <td className="py-1">{(b.bytes / 1024).toFixed(0)} KB</td>
                <td className="py-1 text-right">
                  {pendingRestore === b.fileName ? (
                    <span className="text-fg-muted">Restores at next start</span>
                  ) : (
                    <Button
                      variant="secondary"
                      size="sm"
                      onClick={() => setChosen(b)}
                      aria-label={`Restore at next start: the backup of ${when(b.createdAt)}`}
                    >
                      Restore at next start
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Dialog.Root open={chosen !== null} onOpenChange={(open) => (open ? undefined : setChosen(null))}>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
          <Dialog.Content className="fixed left-1/2 top-1/2 z-50 flex w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 flex-col gap-4 rounded-lg border border-border bg-surface p-5 shadow-xl">
            <Dialog.Title className="text-lg font-semibold">Restore this backup?</Dialog.Title>
            <Dialog.Description className="text-sm">
              The backup of {chosen ? when(chosen.createdAt) : ''} replaces your data the next time Jobsmith starts.
              Changes made since then will not show, but your current database is kept aside (renamed in the data
              folder), not deleted.
            </Dialog.Description>
            <div className="flex justify-end gap-2">
              <Dialog.Close asChild>
                <Button variant="secondary">Cancel</Button>
              </Dialog.Close>
              <Button disabled={busy === 'restore'} onClick={() => void confirm()}>
                Restore at next start
              </Button>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </div>
  );
}
