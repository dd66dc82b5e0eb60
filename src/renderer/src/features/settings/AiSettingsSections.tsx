import { useEffect } from 'react';
import { notify } from '../../components/ui/toaster';
import { errorMessage } from '../../lib/api';
import { AiActivityLog } from './AiActivityLog';
import { AiBudgetSettings } from './AiBudgetSettings';
import { AiProvidersSettings } from './AiProvidersSettings';
import { LocalModelsSettings } from './LocalModelsSettings';
import { useAi } from './ai-store';

/** Every AI section of the Settings screen, loaded together. */
export function AiSettingsSections() {
  const load = useAi((s) => s.load);
  useEffect(() => {
    load().catch((e: unknown) => notify({ level: 'error', title: 'AI settings not loaded', body: errorMessage(e) }));
  }, [load]);
  return (
    <>
      <AiProvidersSettings />
      <LocalModelsSettings />
      <AiBudgetSettings />
      <AiActivityLog />
    </>
  );
}
