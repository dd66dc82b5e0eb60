import { useEffect } from 'react';
import { AiActivityLog } from './AiActivityLog';
import { AiBudgetSettings } from './AiBudgetSettings';
import { AiProvidersSettings } from './AiProvidersSettings';
import { CaptureModelAssistSetting } from './CaptureModelAssistSetting';
import { LocalModelsSettings } from './LocalModelsSettings';
import { useAi } from './ai-store';

/** Every AI section of the Settings screen, loaded together. */
export function AiSettingsSections() {
  const load = useAi((s) => s.load);
  const error = useAi((s) => s.error);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <>
      {error ? (
        <p role="alert" className="rounded-md border border-danger/40 bg-danger/10 p-3 text-sm text-danger">
          {error}
        </p>
      ) : null}
      <AiProvidersSettings />
      <CaptureModelAssistSetting />
      <LocalModelsSettings />
      <AiBudgetSettings />
      <AiActivityLog />
    </>
  );
}
