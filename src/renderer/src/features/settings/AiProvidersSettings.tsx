import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { ProviderConfig } from '../../../../shared/domain/ai';
import { Button } from '../../components/ui/button';
import { Card, CardTitle } from '../../components/ui/card';
import { Input } from '../../components/ui/input';
import { notify } from '../../components/ui/toaster';
import { errorMessage } from '../../lib/api';
import { useAi } from './ai-store';

const KIND_LABEL: Record<ProviderConfig['kind'], string> = {
  anthropic: 'Anthropic',
  openai: 'OpenAI',
  'openai-compatible': 'OpenAI-compatible server',
  local: 'On-device (llama.cpp)',
};

/** The fallback chain: order, on/off, model, base URL, key (write-only) and "Test connection". */
export function AiProvidersSettings() {
  const { settings, saveSettings } = useAi();
  if (!settings) return null;
  const save = (providers: ProviderConfig[]) =>
    saveSettings({ ...settings, providers }).catch((e: unknown) =>
      notify({ level: 'error', title: 'Not saved', body: errorMessage(e) }),
    );
  const move = (index: number, by: number) => {
    const next = [...settings.providers];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    void save(next);
  };
  const addServer = () => {
    const n = settings.providers.filter((p) => p.kind === 'openai-compatible').length + 1;
    void save([
      ...settings.providers,
      {
        id: `server-${Date.now().toString(36)}`,
        kind: 'openai-compatible',
        label: `Server ${n}`,
        enabled: false,
        baseUrl: 'http://127.0.0.1:1234/v1',
        model: '',
        timeoutMs: 60_000,
        maxRetries: 2,
      },
    ]);
  };
  return (
    <Card className="flex flex-col gap-4" aria-labelledby="ai-providers-title">
      <CardTitle id="ai-providers-title">AI providers</CardTitle>
      <p className="text-sm text-fg-muted">
        Jobsmith tries the enabled providers from top to bottom: if one fails or is over budget, the next one answers.
        Nothing is sent anywhere until you enable a provider.
      </p>
      <ol className="flex flex-col gap-3">
        {settings.providers.map((p, i) => (
          <ProviderRow
            key={p.id}
            provider={p}
            first={i === 0}
            last={i === settings.providers.length - 1}
            onMove={(by) => move(i, by)}
            onChange={(next) => void save(settings.providers.map((q) => (q.id === p.id ? next : q)))}
            onRemove={() => void save(settings.providers.filter((q) => q.id !== p.id))}
          />
        ))}
      </ol>
      <div>
        <Button variant="secondary" size="sm" onClick={addServer}>
          <Plus /> Add an OpenAI-compatible server (Ollama, LM Studio, OpenRouter, Groq, vLLM)
        </Button>
      </div>
    </Card>
  );
}

interface RowProps {
  provider: ProviderConfig;
  first: boolean;
  last: boolean;
  onMove(by: number): void;
  onChange(next: ProviderConfig): void;
  onRemove(): void;
}

function ProviderRow({ provider: p, first, last, onMove, onChange, onRemove }: RowProps) {
  const [model, setModel] = useState(p.model);
  const [baseUrl, setBaseUrl] = useState(p.baseUrl ?? '');
  const [label, setLabel] = useState(p.label);
  const commit = () => {
    if (model !== p.model || baseUrl !== (p.baseUrl ?? '') || label !== p.label) {
      onChange({ ...p, model, label, ...(baseUrl ? { baseUrl } : { baseUrl: undefined }) });
    }
  };
  return (
    <li className="rounded-md border border-border p-3" data-testid={`provider-${p.id}`}>
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" checked={p.enabled} onChange={(e) => onChange({ ...p, enabled: e.target.checked })} />
          {p.label}
        </label>
        <span className="text-xs text-fg-muted">{KIND_LABEL[p.kind]}</span>
        <span className="ml-auto flex gap-1">
          <Button
            variant="ghost"
            size="icon"
            aria-label={`Move ${p.label} up`}
            disabled={first}
            onClick={() => onMove(-1)}
          >
            <ArrowUp />
          </Button>
          <Button
            variant="ghost"
            size="icon"
            aria-label={`Move ${p.label} down`}
            disabled={last}
            onClick={() => onMove(1)}
          >
            <ArrowDown />
          </Button>
          {p.kind === 'openai-compatible' ? (
            <Button variant="ghost" size="icon" aria-label={`Remove ${p.label}`} onClick={onRemove}>
              <Trash2 />
            </Button>
          ) : null}
        </span>
      </div>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        {p.kind === 'openai-compatible' ? (
          <label className="flex flex-col gap-1 text-xs text-fg-muted">
            Name
            <Input value={label} onChange={(e) => setLabel(e.target.value)} onBlur={commit} />
          </label>
        ) : null}
        {p.kind !== 'local' ? (
          <label className="flex flex-col gap-1 text-xs text-fg-muted">
            Model
            <Input
              value={model}
              onChange={(e) => setModel(e.target.value)}
              onBlur={commit}
              placeholder="e.g. gpt-4o-mini"
            />
          </label>
        ) : (
          <p className="text-xs text-fg-muted break-all">
            Model file: {p.model || 'none yet: download or pick one under On-device models.'}
          </p>
        )}
        {p.kind !== 'local' ? (
          <label className="flex flex-col gap-1 text-xs text-fg-muted">
            Base URL {p.kind === 'openai-compatible' ? '' : '(optional, for proxies)'}
            <Input
              value={baseUrl}
              onChange={(e) => setBaseUrl(e.target.value)}
              onBlur={commit}
              placeholder={p.kind === 'openai-compatible' ? 'http://127.0.0.1:11434/v1' : 'default'}
            />
          </label>
        ) : null}
        {p.kind !== 'local' ? <KeyField providerId={p.id} /> : null}
      </div>
      <TestConnection providerId={p.id} />
    </li>
  );
}

/** Write-only: the key goes to the OS keychain; the screen only ever learns whether one is set. */
function KeyField({ providerId }: { providerId: string }) {
  const { keys, setKey, clearKey } = useAi();
  const status = keys.find((k) => k.providerId === providerId);
  const [draft, setDraft] = useState('');
  const describe =
    status?.source === 'store'
      ? 'A key is stored (hidden).'
      : status?.source === 'env'
        ? 'Using the key from the environment.'
        : 'No key yet.';
  const save = () =>
    setKey(providerId, draft)
      .then(() => setDraft(''))
      .catch((e: unknown) => notify({ level: 'error', title: 'Key not saved', body: errorMessage(e) }));
  return (
    <div className="flex flex-col gap-1 text-xs text-fg-muted">
      <label htmlFor={`key-${providerId}`}>API key: {describe}</label>
      <div className="flex gap-2">
        <Input
          id={`key-${providerId}`}
          type="password"
          autoComplete="off"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          placeholder={status?.hasKey ? '•••••••• (replace)' : 'paste key'}
        />
        <Button size="sm" variant="secondary" disabled={!draft} onClick={() => void save()}>
          Save key
        </Button>
        {status?.source === 'store' ? (
          <Button size="sm" variant="ghost" onClick={() => void clearKey(providerId)}>
            Remove
          </Button>
        ) : null}
      </div>
    </div>
  );
}

function TestConnection({ providerId }: { providerId: string }) {
  const state = useAi((s) => s.tests[providerId]) ?? { busy: false };
  const run = () => useAi.getState().testProvider(providerId);
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3 text-xs">
      <Button size="sm" variant="secondary" disabled={state.busy} onClick={() => void run()}>
        {state.busy ? 'Testing…' : 'Test connection'}
      </Button>
      {state.result ? (
        <span className="text-fg-muted" role="status">
          Works: {state.result.model}, {state.result.latencyMs} ms
          {state.result.firstTokenMs !== null ? ` (first token ${state.result.firstTokenMs} ms)` : ''},{' '}
          {state.result.inputTokens}+{state.result.outputTokens} tokens
          {state.result.costUsd ? `, $${state.result.costUsd.toFixed(5)}` : ''}
        </span>
      ) : null}
      {state.error ? (
        <span className="text-danger" role="alert">
          {state.error}
        </span>
      ) : null}
    </div>
  );
}
