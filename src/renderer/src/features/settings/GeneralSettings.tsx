import { useEffect } from 'react';
import type { Settings } from '../../../../shared/domain/settings';
import { useSettings } from './settings-store';
import { Card, CardTitle } from '../../components/ui/card';
import { notify } from '../../components/ui/toaster';
import { errorMessage } from '../../lib/api';

const THEMES: { value: Settings['theme']; label: string }[] = [
  { value: 'system', label: 'Match my system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function GeneralSettings() {
  const { settings, update, info, loadInfo } = useSettings();
  useEffect(() => {
    void loadInfo();
  }, [loadInfo]);

  const change = (patch: Partial<Settings>) =>
    update(patch).catch((error: unknown) =>
      notify({ level: 'error', title: 'Setting not saved', body: errorMessage(error) }),
    );

  return (
    <Card className="flex flex-col gap-5">
      <CardTitle>General</CardTitle>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">Theme</legend>
        <div className="flex gap-4" role="radiogroup">
          {THEMES.map((t) => (
            <label key={t.value} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="theme"
                value={t.value}
                checked={settings.theme === t.value}
                onChange={() => void change({ theme: t.value })}
              />
              {t.label}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="flex items-start gap-3 text-sm">
        <input
          type="checkbox"
          className="mt-1"
          checked={settings.offlineMode}
          onChange={(e) => void change({ offlineMode: e.target.checked })}
        />
        <span>
          <span className="font-medium">Offline mode</span>
          <span className="block text-fg-muted">
            Jobsmith makes no network requests: no job pages, no job boards, no cloud models, no downloads.
          </span>
        </span>
      </label>
      <label className="ml-7 flex items-start gap-3 text-sm">
        <input
          type="checkbox"
          className="mt-1"
          checked={settings.offlineAllowsLoopback}
          onChange={(e) => void change({ offlineAllowsLoopback: e.target.checked })}
        />
        <span>
          <span className="font-medium">Offline mode may use model servers on this computer</span>
          <span className="block text-fg-muted" role="status">
            {settings.offlineAllowsLoopback
              ? 'Decided: yes. A server at 127.0.0.1 or localhost (Ollama, LM Studio) still works offline: that traffic never leaves this computer.'
              : 'Decided: no. Offline mode blocks servers on this computer too; only the built-in on-device models work.'}
          </span>
        </span>
      </label>
      {info ? (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-fg-muted">Data folder</dt>
          <dd className="break-all font-mono text-xs">{info.dataDir}</dd>
          <dt className="text-fg-muted">Version</dt>
          <dd>
            {info.version} (database schema {info.schemaVersion})
          </dd>
        </dl>
      ) : null}
    </Card>
  );
}
