import { Eye, History, RotateCcw } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { ProfileDiff, VersionDetail, VersionSummary } from '../../../../shared/domain/profile-import';
import { Button } from '../../components/ui/button';
import { Card, CardTitle } from '../../components/ui/card';
import { notify } from '../../components/ui/toaster';
import { cn } from '../../lib/cn';
import { useProfile } from './profile-store';
import { VersionView } from './VersionView';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const KIND_TONE = {
  import: 'bg-accent/10 text-accent',
  edit: 'bg-muted text-fg-muted',
  restore: 'bg-warning/10 text-warning',
} as const;

function DiffView({ diff }: { diff: ProfileDiff }) {
  if (!diff.basics.length && !diff.entries.length)
    return <p className="text-sm text-fg-muted">These two versions are the same.</p>;
  return (
    <div className="flex flex-col gap-3 text-sm" aria-label="Differences">
      {diff.basics.map((c) => (
        <div key={c.field} className="rounded-md border border-border p-2">
          <p className="font-medium">basics · {c.field}</p>
          <p className="whitespace-pre-wrap text-danger line-through">{c.before || '(empty)'}</p>
          <p className="whitespace-pre-wrap text-success">{c.after || '(empty)'}</p>
        </div>
      ))}
      {diff.entries.map((e, i) => (
        <div key={`${e.section}-${e.title}-${i}`} className="rounded-md border border-border p-2">
          <p className="font-medium">
            <span
              className={cn(
                'mr-2 rounded px-1.5 py-0.5 text-xs',
                e.kind === 'added'
                  ? 'bg-success/10 text-success'
                  : e.kind === 'removed'
                    ? 'bg-danger/10 text-danger'
                    : 'bg-warning/10 text-warning',
              )}
            >
              {e.kind}
            </span>
            {e.section} · {e.title}
          </p>
          {e.kind === 'changed'
            ? e.fields.map((f) => (
                <div key={f.field} className="mt-1 pl-2">
                  <p className="text-xs text-fg-muted">{f.field}</p>
                  <p className="whitespace-pre-wrap text-danger line-through">{f.before || '(empty)'}</p>
                  <p className="whitespace-pre-wrap text-success">{f.after || '(empty)'}</p>
                </div>
              ))
            : null}
        </div>
      ))}
    </div>
  );
}

/** Version history: every import, editing session and restore; compare any two; restore one. */
export function VersionsPanel() {
  const { versions, error, loadVersions, getVersion, diffVersions, restoreVersion } = useProfile();
  const snapshotAt = useProfile((s) => s.snapshot?.updatedAt);
  const [picked, setPicked] = useState<number[]>([]);
  const [diff, setDiff] = useState<ProfileDiff | null>(null);
  const [viewing, setViewing] = useState<VersionDetail | null>(null);

  useEffect(() => {
    void loadVersions();
  }, [snapshotAt, loadVersions]);

  function toggle(id: number) {
    const next = picked.includes(id) ? picked.filter((x) => x !== id) : [...picked.slice(-1), id];
    setPicked(next);
    setDiff(null);
    setViewing(null);
    if (next.length !== 2) return;
    const [a, b] = [...next].sort((x, y) => x - y) as [number, number];
    void diffVersions(a, b).then(setDiff);
  }
  function view(v: VersionSummary) {
    setPicked([]);
    setDiff(null);
    void getVersion(v.id).then(setViewing);
  }
  async function restore(v: VersionSummary) {
    if (!(await restoreVersion(v.id)))
      return notify({ level: 'error', title: 'Could not restore', body: useProfile.getState().error ?? undefined });
    notify({
      level: 'success',
      title: `Restored version ${v.id}`,
      body: 'Your profile is back to that version; the restore is itself a new version.',
    });
    setPicked([]);
    setDiff(null);
  }

  if (error && !versions)
    return (
      <p role="alert" className="text-sm text-danger">
        {error}
      </p>
    );
  if (!versions) return <p className="text-sm text-fg-muted">Loading…</p>;
  if (!versions.length) {
    return (
      <Card className="flex items-center gap-3 text-sm text-fg-muted">
        <History className="size-5" /> No versions yet. Every import and every editing session will appear here.
      </Card>
    );
  }
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <Card aria-label="Versions">
        <CardTitle>Versions</CardTitle>
        <p className="mt-1 text-xs text-fg-muted">Tick two versions to see what changed between them.</p>
        <ul className="mt-3 flex flex-col gap-2">
          {versions.map((v, i) => (
            <li key={v.id} className="flex items-center gap-3 rounded-md border border-border p-2 text-sm">
              <input
                type="checkbox"
                aria-label={`Compare version ${v.id}`}
                checked={picked.includes(v.id)}
                onChange={() => toggle(v.id)}
              />
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium">
                  <span className={cn('mr-2 rounded px-1.5 py-0.5 text-xs', KIND_TONE[v.kind])}>{v.kind}</span>
                  {v.label}
                </p>
                <p className="text-xs text-fg-muted">
                  #{v.id} · {when(v.updatedAt)} ·{' '}
                  {Object.entries(v.counts)
                    .map(([k, n]) => `${n} ${k}`)
                    .join(', ') || 'empty'}
                </p>
              </div>
              <Button size="sm" variant="ghost" aria-label={`View version ${v.id}`} onClick={() => view(v)}>
                <Eye />
              </Button>
              {i > 0 ? (
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Restore version ${v.id}`}
                  onClick={() => void restore(v)}
                >
                  <RotateCcw /> Restore
                </Button>
              ) : (
                <span className="text-xs text-fg-muted">current</span>
              )}
            </li>
          ))}
        </ul>
      </Card>
      <Card aria-label="Comparison">
        <CardTitle>
          {diff ? `Version ${diff.from} → ${diff.to}` : viewing ? `Version ${viewing.version.id}` : 'Compare'}
        </CardTitle>
        <div className="mt-3">
          {diff ? (
            <DiffView diff={diff} />
          ) : viewing ? (
            <VersionView profile={viewing.profile} />
          ) : (
            <p className="text-sm text-fg-muted">Pick two versions on the left, or view one.</p>
          )}
        </div>
      </Card>
    </div>
  );
}
