import { Card, CardTitle } from '../../components/ui/card';
import { notify } from '../../components/ui/toaster';
import { errorMessage } from '../../lib/api';
import { useAi } from './ai-store';
import { useSettings } from './settings-store';

/** Model-assisted job capture (off by default): the one switch, what it does, and whether a model can answer. */
export function CaptureModelAssistSetting() {
  const on = useSettings((s) => s.settings.captureModelAssist);
  const update = useSettings((s) => s.update);
  const providerEnabled = useAi((s) => s.settings?.providers.some((p) => p.enabled) ?? false);
  const change = (captureModelAssist: boolean) =>
    update({ captureModelAssist }).catch((error: unknown) =>
      notify({ level: 'error', title: 'Setting not saved', body: errorMessage(error) }),
    );
  return (
    <Card className="flex flex-col gap-3" aria-labelledby="capture-model-assist-title">
      <CardTitle id="capture-model-assist-title">Job capture</CardTitle>
      <label className="flex items-start gap-3 text-sm">
        <input type="checkbox" className="mt-1" checked={on} onChange={(e) => void change(e.target.checked)} />
        <span>
          <span className="font-medium">Let the model fill fields the capture is unsure of</span>
          <span className="block text-fg-muted">
            When a captured job lacks a field or is unsure of it (title, company, location, work mode, type, salary),
            Jobsmith asks the AI provider in use, sending it the page&apos;s visible text. A value the model gives that
            is not written on the page is dropped, so it cannot invent a company or a salary. Fields it fills are marked
            “from the model” in the preview.
          </span>
          {on && !providerEnabled ? (
            <span role="status" className="mt-1 block text-warning">
              No AI provider is enabled, so captures do not ask a model yet: enable one under AI providers.
            </span>
          ) : null}
        </span>
      </label>
    </Card>
  );
}
