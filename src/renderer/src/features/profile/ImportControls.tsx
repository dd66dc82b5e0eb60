import { FileUp, FolderGit2, Loader2 } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { Button } from '../../components/ui/button';
import { Input } from '../../components/ui/input';
import { useImport } from './import-store';

export const ACCEPTED_FILES = '.pdf,.docx,.txt,.md,.markdown,.json,.zip';

/** "Import CV" (file picker) and "From GitHub", for the Profile screen's header. */
export function ImportControls() {
  const { phase, parseFile, parseGithub, prepare } = useImport();
  const input = useRef<HTMLInputElement>(null);
  const [github, setGithub] = useState<string | null>(null);
  const busy = phase === 'parsing' || phase === 'saving';

  function submitGithub(e: FormEvent) {
    e.preventDefault();
    if (github?.trim()) void parseGithub(github.trim());
    setGithub(null);
  }

  return (
    <div className="flex items-center gap-2">
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        className="hidden"
        aria-label="CV file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void parseFile(file);
        }}
      />
      {github !== null ? (
        <form onSubmit={submitGithub} className="flex items-center gap-2" aria-label="Import from GitHub">
          <Input
            autoFocus
            className="w-44"
            placeholder="GitHub username"
            aria-label="GitHub username"
            value={github}
            onChange={(e) => setGithub(e.target.value)}
          />
          <Button type="submit" size="sm" disabled={!github.trim()}>
            Fetch
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setGithub(null)}>
            Cancel
          </Button>
        </form>
      ) : (
        <Button variant="secondary" onClick={() => setGithub('')} disabled={busy}>
          <FolderGit2 /> From GitHub
        </Button>
      )}
      <Button
        onClick={() => {
          prepare();
          input.current?.click();
        }}
        disabled={busy}
      >
        {busy ? <Loader2 className="animate-spin" /> : <FileUp />} Import CV
      </Button>
    </div>
  );
}

/** The progress of a running import, and the last import error. */
export function ImportStatus() {
  const { phase, progress, error } = useImport();
  if (phase === 'parsing' && progress) {
    return (
      <div
        role="status"
        aria-live="polite"
        className="flex flex-col gap-2 rounded-lg border border-border bg-surface p-4 text-sm"
      >
        <div className="flex items-center gap-2">
          <Loader2 className="size-4 animate-spin" /> {progress.label}…
        </div>
        <div
          className="h-1.5 overflow-hidden rounded bg-muted"
          role="progressbar"
          aria-label="Import progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={progress.fraction === null ? undefined : Math.round(progress.fraction * 100)}
        >
          <div
            className="h-full bg-accent transition-all"
            style={{ width: `${Math.round((progress.fraction ?? 0.1) * 100)}%` }}
          />
        </div>
      </div>
    );
  }
  if (phase === 'idle' && error) {
    return (
      <div role="alert" className="rounded-md border border-danger/40 bg-danger/10 p-3 text-sm text-danger">
        <p className="font-medium">The import did not work</p>
        <p>{error}</p>
      </div>
    );
  }
  return null;
}
