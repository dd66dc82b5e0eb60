import { Download } from 'lucide-react';
import { useEffect } from 'react';
import { Button } from '../../components/ui/button';
import { Card, CardTitle } from '../../components/ui/card';
import { BackupsList } from './BackupsList';
import { DeleteAllDialog } from './DeleteAllDialog';
import { usePrivacy } from './privacy-store';

/** After delete-all every screen's store holds stale data: a reload starts them all from the empty profile. */
const reloadApp = () => window.location.reload();

/** "Your data": take all of it away, delete all of it, or go back to a backup. */
export function YourDataSettings() {
  const { busy, error, notice, exportAll, loadBackups } = usePrivacy();
  useEffect(() => {
    void loadBackups();
  }, [loadBackups]);

  return (
    <Card className="flex flex-col gap-4" aria-labelledby="your-data-title">
      <CardTitle id="your-data-title">Your data</CardTitle>
      <p className="text-sm text-fg-muted">Everything stays on this computer. Jobsmith sends no telemetry.</p>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={busy === 'export'} onClick={() => void exportAll()}>
          <Download aria-hidden /> {busy === 'export' ? 'Exporting…' : 'Export all my data'}
        </Button>
        <DeleteAllDialog onDeleted={reloadApp} />
      </div>
      <p className="text-xs text-fg-muted">
        The export is one zip: every table as JSON (database.json) and your document files. API keys are not in it.
      </p>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      {notice ? (
        <p role="status" className="text-sm">
          {notice.text}
        </p>
      ) : null}
      <BackupsList />
    </Card>
  );
}
