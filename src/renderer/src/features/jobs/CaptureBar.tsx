import { ClipboardPaste, FileUp, Link2, Loader2 } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { Button } from '../../components/ui/button';
import { Input, Textarea } from '../../components/ui/input';
import { useJobs } from './jobs-store';
import { captureFile } from './job-drop';

type Mode = 'url' | 'paste' | 'file';

/**
 * Capture a posting by URL, by pasting its text or page, or from a PDF/DOCX/TXT/HTML file. Every
 * path leads to the same preview; what the user typed stays when a capture fails.
 */
export function CaptureBar() {
  const { capture, capturing, captureError } = useJobs();
  const [mode, setMode] = useState<Mode>('url');
  const [url, setUrl] = useState('');
  const [text, setText] = useState('');
  const [failedMode, setFailedMode] = useState<Mode | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const run = async (which: Mode, work: Promise<boolean>) => {
    setFailedMode((await work) ? null : which);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'url' && url.trim()) void run('url', capture({ kind: 'url', url: url.trim() }));
    if (mode === 'paste' && text.trim()) void run('paste', capture({ kind: 'paste', text }));
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    await run('file', captureFile(file));
    if (fileInput.current) fileInput.current.value = '';
  };
  const tab = (m: Mode, label: string, Icon: typeof Link2) => (
    <Button variant={mode === m ? 'secondary' : 'ghost'} size="sm" aria-pressed={mode === m} onClick={() => setMode(m)}>
      <Icon aria-hidden /> {label}
    </Button>
  );

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" aria-label="Capture a job">
      <div className="flex gap-1" role="group" aria-label="How to capture">
        {tab('url', 'URL', Link2)}
        {tab('paste', 'Paste', ClipboardPaste)}
        {tab('file', 'File', FileUp)}
      </div>
      {mode === 'url' ? (
        <div className="flex gap-2">
          <Input
            aria-label="Job page address"
            type="url"
            placeholder="https://… (a job posting page)"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
          <Button type="submit" disabled={capturing || !url.trim()}>
            {capturing ? <Loader2 className="animate-spin" aria-hidden /> : null} Read page
          </Button>
        </div>
      ) : null}
      {mode === 'paste' ? (
        <div className="flex flex-col gap-2">
          <Textarea
            aria-label="Job ad text"
            placeholder="Paste the job ad (text or the copied page)…"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Button type="submit" className="self-end" disabled={capturing || !text.trim()}>
            {capturing ? <Loader2 className="animate-spin" aria-hidden /> : null} Read job ad
          </Button>
        </div>
      ) : null}
      {mode === 'file' ? (
        <div className="flex flex-col items-start gap-2 rounded-md border border-dashed border-border p-4 text-sm text-fg-muted">
          <input
            ref={fileInput}
            className="sr-only"
            tabIndex={-1}
            aria-hidden
            type="file"
            accept=".pdf,.docx,.txt,.md,.html,.htm"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
          <Button variant="secondary" disabled={capturing} onClick={() => fileInput.current?.click()}>
            {capturing ? <Loader2 className="animate-spin" aria-hidden /> : <FileUp aria-hidden />} Choose a file…
          </Button>
          <span>
            PDF, Word, text, Markdown or a saved web page, up to 20 MB. You can also drop it anywhere on the Jobs
            screen.
          </span>
        </div>
      ) : null}
      {captureError && failedMode ? (
        <div role="alert" className="flex flex-wrap items-center gap-2 text-sm text-danger">
          <span>{captureError}</span>
          {failedMode === 'url' ? (
            <Button size="sm" variant="secondary" onClick={() => setMode('paste')}>
              <ClipboardPaste aria-hidden /> Paste the text instead
            </Button>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
