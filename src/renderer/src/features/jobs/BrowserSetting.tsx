import { useEffect, useState } from 'react';
import { useSettings } from '../../app/settings-store';
import { Button } from '../../components/ui/button';
import { Input } from '../../components/ui/input';
import { api } from '../../lib/api';

/** Which Chrome/Chromium renders job pages that need JavaScript (found automatically, or set here). */
export function BrowserSetting() {
  const { settings, update, load, loaded } = useSettings();
  const [inUse, setInUse] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!loaded) void load();
    void api.call('jobs.browser', {}).then((r) => r.ok && setInUse(r.value.inUse));
  }, [loaded, load, settings.browserPath]);
  const save = async (value: string | null) => {
    setError(null);
    try {
      await update({ browserPath: value });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-fg-muted">Browser for pages that need JavaScript</summary>
      <div className="mt-2 flex flex-col gap-2">
        <p className="text-xs text-fg-muted">
          {inUse ? `Using ${inUse}.` : settings.browserPath ? 'The browser set below was not found.' : 'No Chrome or Chromium was found; such pages can still be pasted.'} It runs headless and reaches the network only through Jobsmith (offline mode applies).
        </p>
        <PathForm key={settings.browserPath ?? ''} initial={settings.browserPath ?? ''} onSave={(value) => void save(value)} />
        {error ? <p role="alert" className="text-xs text-danger">{error}</p> : null}
      </div>
    </details>
  );
}

function PathForm({ initial, onSave }: { initial: string; onSave: (value: string | null) => void }) {
  const [path, setPath] = useState(initial);
  return (
    <div className="flex gap-2">
      <Input aria-label="Browser path" placeholder="Automatic (e.g. /usr/bin/chromium)" value={path} onChange={(e) => setPath(e.target.value)} />
      <Button size="sm" variant="secondary" onClick={() => onSave(path.trim() || null)}>Save</Button>
      {initial ? <Button size="sm" variant="ghost" onClick={() => onSave(null)}>Automatic</Button> : null}
    </div>
  );
}
