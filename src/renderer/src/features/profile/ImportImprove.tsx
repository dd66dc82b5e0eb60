import { Check, Loader2, Sparkles, X } from 'lucide-react';
import { useEffect } from 'react';
import { Link } from 'react-router';
import type { Profile } from '../../../../shared/domain/profile';
import type { ImportDisagreement, ImportImprovement } from '../../../../shared/domain/profile-import';
import { Button } from '../../components/ui/button';
import { Card, CardTitle } from '../../components/ui/card';
import { useImport } from './import-store';

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  label: 'Headline',
  email: 'Email',
  phone: 'Phone',
  url: 'Website',
  city: 'City',
  position: 'Position',
  location: 'Location',
  startDate: 'Start',
  endDate: 'End',
};

/** "Email", "Job 2 (Northwind Traders) · Position", "New job 1 · Name": which field a row is about. */
export function disagreementLabel(path: string, draft: Profile): string {
  const parts = path.split('.');
  const field = FIELD_LABELS[parts[parts.length - 1]!] ?? parts[parts.length - 1]!;
  if (parts[0] === 'basics') return field;
  if (parts[0] === 'work' && parts[1] === 'new') return `New job ${Number(parts[2]) + 1} · ${field}`;
  const job = draft.work[Number(parts[1])];
  return `Job ${Number(parts[1]) + 1}${job?.name ? ` (${job.name})` : ''} · ${field}`;
}

interface ListProps {
  improvement: ImportImprovement;
  draft: Profile;
  chosen: Set<string>;
  onToggle(path: string): void;
  onApply(): void;
  onDismiss(): void;
}

/** Each disagreement: the field, what the parse read, what the model found in the document; tick to take the model's. */
export function DisagreementList({ improvement, draft, chosen, onToggle, onApply, onDismiss }: ListProps) {
  const { disagreements, dropped } = improvement;
  const droppedNote = dropped
    ? ` It also gave ${dropped} value${dropped === 1 ? '' : 's'} the document does not contain; ${dropped === 1 ? 'it was' : 'they were'} dropped.`
    : '';
  if (!disagreements.length) {
    return (
      <div className="flex items-center justify-between gap-3 text-sm">
        <p>The model read the same as the parse.{droppedNote}</p>
        <Button variant="ghost" size="sm" onClick={onDismiss}>
          Close
        </Button>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-fg-muted">
        Where the model read the document differently. Every model value below is written in the document; tick the ones
        to take.{droppedNote}
      </p>
      <table className="w-full text-left text-sm" aria-label="Model disagreements">
        <thead className="text-xs text-fg-muted">
          <tr>
            <th className="w-8" />
            <th className="py-1">Field</th>
            <th className="py-1">Parsed</th>
            <th className="py-1">Model (found in the document)</th>
          </tr>
        </thead>
        <tbody>
          {disagreements.map((d: ImportDisagreement) => (
            <tr key={d.path} className="border-t border-border">
              <td className="py-1.5">
                <input
                  type="checkbox"
                  aria-label={`Use the model's value for ${disagreementLabel(d.path, draft)}`}
                  checked={chosen.has(d.path)}
                  onChange={() => onToggle(d.path)}
                />
              </td>
              <td className="py-1.5 pr-2 font-medium">{disagreementLabel(d.path, draft)}</td>
              <td className="py-1.5 pr-2 text-fg-muted">{d.parsed || <em>(empty)</em>}</td>
              <td className="py-1.5">{d.model}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex justify-end gap-2">
        <Button variant="ghost" size="sm" onClick={onDismiss}>
          <X /> Keep the parse
        </Button>
        <Button size="sm" onClick={onApply} disabled={chosen.size === 0}>
          <Check /> Use {chosen.size} chosen value{chosen.size === 1 ? '' : 's'}
        </Button>
      </div>
    </div>
  );
}

/** The review's optional model pass: a button when a provider is enabled, else a pointer to Settings → AI. */
export function ImproveWithModel() {
  const {
    preview,
    draft,
    modelReady,
    improving,
    streamed,
    improvement,
    chosen,
    improveError,
    checkModel,
    improveWithModel,
    cancelImprove,
    toggleChoice,
    applyChoices,
    dismissImprovement,
  } = useImport();
  useEffect(() => {
    void checkModel();
  }, [checkModel]);
  if (!preview || !draft || !preview.text.trim()) return null;
  return (
    <Card className="flex flex-col gap-3" aria-label="Improve with a model">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <CardTitle>Improve with a model</CardTitle>
        {modelReady && !improving && !improvement ? (
          <Button variant="secondary" size="sm" onClick={() => void improveWithModel()}>
            <Sparkles /> Improve with a model
          </Button>
        ) : null}
        {improving ? (
          <span className="flex items-center gap-2 text-sm text-fg-muted">
            <Loader2 className="size-4 animate-spin" /> The model is reading the document…
            {streamed ? ` ${streamed.toLocaleString()} characters so far` : ''}
            <Button variant="ghost" size="sm" onClick={cancelImprove}>
              Cancel
            </Button>
          </span>
        ) : null}
      </div>
      {modelReady === false ? (
        <p className="text-sm text-fg-muted">
          Optional: a model can read the layout again and show where it disagrees with the parse. Set one up in{' '}
          <Link className="text-accent underline" to="/settings">
            Settings → AI
          </Link>{' '}
          (a cloud key or an on-device model).
        </p>
      ) : null}
      {improveError ? (
        <p role="alert" className="text-sm text-danger">
          {improveError}
        </p>
      ) : null}
      {improvement ? (
        <DisagreementList
          improvement={improvement}
          draft={draft}
          chosen={chosen}
          onToggle={toggleChoice}
          onApply={applyChoices}
          onDismiss={dismissImprovement}
        />
      ) : null}
    </Card>
  );
}
