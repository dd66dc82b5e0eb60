import { Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { AiSettings, BudgetStatus, PriceEntry, ProviderKind } from '../../../../shared/domain/ai';
import { Button } from '../../components/ui/button';
import { Card, CardTitle } from '../../components/ui/card';
import { Input } from '../../components/ui/input';
import { notify } from '../../components/ui/toaster';
import { errorMessage } from '../../lib/api';
import { useAi } from './ai-store';

const KINDS: ProviderKind[] = ['openai', 'anthropic', 'openai-compatible', 'local'];

/** The monthly cap, this month's spend, and the editable price table the cost of every call comes from. */
export function AiBudgetSettings() {
  const { settings, budget } = useAi();
  if (!settings || !budget) return null;
  // Re-mount the editor when the saved values change, so its drafts start from them.
  return (
    <BudgetEditor
      key={JSON.stringify([settings.monthlyBudgetUsd, settings.prices])}
      settings={settings}
      budget={budget}
    />
  );
}

function BudgetEditor({ settings, budget }: { settings: AiSettings; budget: BudgetStatus }) {
  const saveSettings = useAi((s) => s.saveSettings);
  const [cap, setCap] = useState(settings.monthlyBudgetUsd === null ? '' : String(settings.monthlyBudgetUsd));
  const [prices, setPrices] = useState<PriceEntry[]>(settings.prices);
  const save = (patch: Partial<typeof settings>) =>
    saveSettings({ ...settings, ...patch })
      .then(() => notify({ level: 'success', title: 'Saved' }))
      .catch((e: unknown) => notify({ level: 'error', title: 'Not saved', body: errorMessage(e) }));
  const used = budget.capUsd ? Math.min(1, budget.spentUsd / budget.capUsd) : 0;
  // An edited row becomes the user's own: it loses the shipped date and source, so a newer shipped table never overwrites it.
  const edit = (i: number, patch: Partial<PriceEntry>) =>
    setPrices(
      prices.map((p, j) =>
        j === i
          ? { kind: p.kind, model: p.model, inputPerMTok: p.inputPerMTok, outputPerMTok: p.outputPerMTok, ...patch }
          : p,
      ),
    );
  return (
    <Card className="flex flex-col gap-4" aria-labelledby="ai-budget-title">
      <CardTitle id="ai-budget-title">AI budget and prices</CardTitle>
      <div className="flex flex-col gap-2 text-sm">
        <span>
          {budget.month}: ${budget.spentUsd.toFixed(4)} spent in {budget.calls} calls
          {budget.capUsd !== null ? ` of $${budget.capUsd.toFixed(2)}` : ' (no cap)'}
          {budget.unpricedCalls > 0 ? `, plus ${budget.unpricedCalls} of unknown cost (no price for their model)` : ''}
        </span>
        {budget.capUsd !== null ? (
          <div
            className="h-2 w-full max-w-md rounded bg-muted"
            role="progressbar"
            aria-label="Budget used"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(used * 100)}
          >
            <div
              className={used >= 1 ? 'h-2 rounded bg-danger' : 'h-2 rounded bg-accent'}
              style={{ width: `${used * 100}%` }}
            />
          </div>
        ) : null}
        <label className="flex items-center gap-2">
          Monthly cap (USD, empty = none)
          <Input className="w-28" inputMode="decimal" value={cap} onChange={(e) => setCap(e.target.value)} />
          <Button
            size="sm"
            variant="secondary"
            onClick={() => {
              const value = cap.trim() === '' ? null : Number(cap);
              if (value !== null && (!Number.isFinite(value) || value < 0))
                return notify({ level: 'error', title: 'The cap must be a positive number' });
              void save({ monthlyBudgetUsd: value });
            }}
          >
            Save cap
          </Button>
        </label>
        <p className="text-xs text-fg-muted">
          When the cap is reached, cloud calls stop with a message; on-device models still work (they cost nothing).
        </p>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={settings.allowUnpricedModels}
            onChange={(e) => void save({ allowUnpricedModels: e.target.checked })}
          />
          Allow models with no price in the table (their cost is not counted against the cap)
        </label>
      </div>
      <details>
        <summary className="cursor-pointer text-sm font-medium">Price table ({prices.length} rows)</summary>
        <table className="mt-2 w-full text-sm">
          <caption className="mb-2 text-left text-xs text-fg-muted">
            USD per million tokens, with the date each price was published. A row matches its model and that model's
            dated versions; one ending in * matches every model that starts with the rest.
          </caption>
          <thead className="text-left text-xs text-fg-muted">
            <tr>
              <th>Provider</th>
              <th>Model</th>
              <th>Input</th>
              <th>Output</th>
              <th>
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {prices.map((p, i) => (
              <tr key={i}>
                <td>
                  <select
                    className="h-8 rounded border border-border bg-surface text-sm"
                    aria-label="Provider"
                    value={p.kind}
                    onChange={(e) => edit(i, { kind: e.target.value as ProviderKind })}
                  >
                    {KINDS.map((k) => (
                      <option key={k} value={k}>
                        {k}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <Input
                    className="h-8"
                    aria-label="Model"
                    value={p.model}
                    onChange={(e) => edit(i, { model: e.target.value })}
                  />
                </td>
                <td>
                  <Input
                    className="h-8 w-24"
                    aria-label="Input price"
                    inputMode="decimal"
                    value={String(p.inputPerMTok)}
                    onChange={(e) => edit(i, { inputPerMTok: Number(e.target.value) || 0 })}
                  />
                </td>
                <td>
                  <Input
                    className="h-8 w-24"
                    aria-label="Output price"
                    inputMode="decimal"
                    value={String(p.outputPerMTok)}
                    onChange={(e) => edit(i, { outputPerMTok: Number(e.target.value) || 0 })}
                  />
                </td>
                <td>
                  <Button
                    variant="ghost"
                    size="icon"
                    aria-label={`Remove price for ${p.model}`}
                    onClick={() => setPrices(prices.filter((_, j) => j !== i))}
                  >
                    <Trash2 />
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="flex gap-2">
          <Button
            size="sm"
            variant="secondary"
            onClick={() =>
              setPrices([...prices, { kind: 'openai-compatible', model: '', inputPerMTok: 0, outputPerMTok: 0 }])
            }
          >
            <Plus /> Add a price
          </Button>
          <Button size="sm" onClick={() => void save({ prices: prices.filter((p) => p.model.trim()) })}>
            Save prices
          </Button>
        </div>
      </details>
    </Card>
  );
}
