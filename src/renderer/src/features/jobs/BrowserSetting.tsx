import { useEffect, useState } from 'react';
import { useSettings } from '../settings/settings-store';
import { Button } from '../../components/ui/button';
import { Card, CardTitle } from '../../components/ui/card';
import { Input } from '../../components/ui/input';

/**
 * Settings card: which Chrome/Chromium renders job pages that need JavaScript (found
 * automatically, or set here).
 */
export function BrowserSetting() {
  const { settings, update, load, loaded, loadBrowser, browserInUse: inUse } = useSettings();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!loaded) void load();
    void loadBrowser();
  }, [loaded, load, loadBrowser, settings.browserPath]);
  const save = async (value: string | null) => {
    setError(null);
    try {
      await update({ browserPath: value });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Card className="flex flex-col gap-3" aria-labelledby="browser-setting-title">
      <CardTitle id="browser-setting-title">Browser for job pages</CardTitle>
      <p className="text-sm text-fg-muted">
        Some job pages only show their text after JavaScript runs. Jobsmith renders those in your own Chrome or
        Chromium, headless; it reaches the network only through Jobsmith, so offline mode applies. Pages it cannot
        render can still be pasted.
      </p>
      <p className="text-sm" role="status">
        {inUse ? (
          <>
            Using <span className="break-all font-mono text-xs">{inUse}</span>
            {settings.browserPath ? '' : ' (found automatically)'}.
          </>
        ) : settings.browserPath ? (
          'The browser set below was not found.'
        ) : (
          'No Chrome or Chromium was found on this computer.'
        )}
      </p>
      <PathForm
        key={settings.browserPath ?? ''}
        initial={settings.browserPath ?? ''}
        onSave={(value) => void save(value)}
      />
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </Card>
  );
}

function PathForm({ initial, onSave }: { initial: string; onSave: (value: string | null) => void }) {
  const [path, setPath] = useState(initial);
  return (
    <form
      className="flex gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(path.trim() || null);
      }}
    >
      <Input
        aria-label="Browser path"
        placeholder="Automatic (e.g. /usr/bin/chromium)"
        value={path}
        onChange={(e) => setPath(e.target.value)}
      />
      <Button type="submit" size="sm" variant="secondary" className="h-9" disabled={path.trim() === initial}>
        Save
      </Button>
      {initial ? (
        <Button size="sm" variant="ghost" className="h-9" onClick={() => onSave(null)}>
          Automatic
        </Button>
      ) : null}
    </form>
  );
}
