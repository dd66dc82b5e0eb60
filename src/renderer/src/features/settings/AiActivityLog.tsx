import { FileDown } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Card, CardTitle } from '../../components/ui/card';
import { Input } from '../../components/ui/input';
import { notify } from '../../components/ui/toaster';
import { useAi } from './ai-store';

const PAGE = 50;

/** Every model call: exactly what was sent, to whom, what came back, tokens, cost, time and outcome. */
export function AiActivityLog() {
  const [search, setSearch] = useState('');
  const { entries, total, offset } = useAi((s) => s.activity);
  const load = useAi((s) => s.loadActivity);
  useEffect(() => {
    const timer = setTimeout(() => void load(search, 0), 200);
    return () => clearTimeout(timer);
  }, [search, load]);
  const exportAs = async (format: 'csv' | 'json') => {
    const file = await useAi.getState().exportActivity(format, search);
    if (!file) return notify({ level: 'error', title: 'Export failed', body: useAi.getState().error ?? undefined });
    const url = URL.createObjectURL(
      new Blob([file.content], { type: format === 'csv' ? 'text/csv' : 'application/json' }),
    );
    const a = Object.assign(document.createElement('a'), { href: url, download: file.fileName });
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Card className="flex flex-col gap-3" aria-labelledby="ai-log-title">
      <CardTitle id="ai-log-title">AI activity log</CardTitle>
      <p className="text-sm text-fg-muted">
        Your record of exactly what left this computer. API keys are never recorded.
      </p>
      <div className="flex flex-wrap gap-2">
        <Input
          className="max-w-sm"
          type="search"
          aria-label="Search the activity log"
          placeholder="Search prompts, data, replies, models…"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Button size="sm" variant="secondary" onClick={() => void exportAs('csv')}>
          <FileDown /> Export CSV
        </Button>
        <Button size="sm" variant="secondary" onClick={() => void exportAs('json')}>
          <FileDown /> Export JSON
        </Button>
        <Button size="sm" variant="ghost" onClick={() => void load(search, offset)}>
          Refresh
        </Button>
      </div>
      {entries.length === 0 ? (
        <p className="text-sm text-fg-muted">{search ? 'No call matches.' : 'No calls yet.'}</p>
      ) : null}
      <ul className="flex flex-col gap-1 text-sm">
        {entries.map((e) => (
          <li key={e.id} className="rounded border border-border">
            <details>
              <summary className="flex cursor-pointer flex-wrap gap-x-3 px-3 py-2">
                <span className="text-xs text-fg-muted">{new Date(e.createdAt).toLocaleString()}</span>
                <span className="font-medium">{e.task}</span>
                <span>
                  {e.providerId} · {e.model.split(/[\\/]/).pop()}
                </span>
                <span className={e.outcome === 'ok' ? 'text-fg-muted' : 'text-danger'}>
                  {e.outcome}
                  {e.errorCode ? ` (${e.errorCode})` : ''}
                </span>
                <span className="text-xs text-fg-muted">
                  {e.inputTokens}+{e.outputTokens} tokens ·{' '}
                  {e.costUsd === null ? 'price unknown' : `$${e.costUsd.toFixed(5)}`} · {e.latencyMs} ms
                </span>
              </summary>
              <div className="flex flex-col gap-2 px-3 pb-3 text-xs">
                {e.errorMessage ? <p className="text-danger">{e.errorMessage}</p> : null}
                <span className="font-medium">Sent</span>
                <pre className="max-h-64 overflow-auto whitespace-pre-wrap break-all rounded bg-muted p-2">
                  {pretty(e.sent)}
                </pre>
                <span className="font-medium">Received</span>
                <pre className="max-h-64 overflow-auto whitespace-pre-wrap break-all rounded bg-muted p-2">
                  {e.received || '(nothing)'}
                </pre>
              </div>
            </details>
          </li>
        ))}
      </ul>
      {total > PAGE ? (
        <div className="flex items-center gap-2 text-sm">
          <Button
            size="sm"
            variant="ghost"
            disabled={offset === 0}
            onClick={() => void load(search, Math.max(0, offset - PAGE))}
          >
            Newer
          </Button>
          <span className="text-fg-muted">
            {offset + 1}–{Math.min(total, offset + PAGE)} of {total}
          </span>
          <Button
            size="sm"
            variant="ghost"
            disabled={offset + PAGE >= total}
            onClick={() => void load(search, offset + PAGE)}
          >
            Older
          </Button>
        </div>
      ) : null}
    </Card>
  );
}

function pretty(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}
