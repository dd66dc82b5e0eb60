import { ClipboardPaste, FileUp, Link2, Loader2 } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { Button } from '../../components/ui/button';
import { Input, Textarea } from '../../components/ui/input';
import { useJobs } from './jobs-store';

type Mode = 'url' | 'paste' | 'file';
const MAX_FILE_BYTES = 20 * 1024 * 1024;

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Capture a posting: by URL, by pasting its text or page, or from a PDF/DOCX/TXT/HTML file. */
export function CaptureBar() {
  const { capture, capturing, captureError } = useJobs();
  const [mode, setMode] = useState<Mode>('url');
  const [url, setUrl] = useState('');
  const [text, setText] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'url' && url.trim()) void capture({ kind: 'url', url: url.trim() }).then(() => setUrl(''));
    if (mode === 'paste' && text.trim()) void capture({ kind: 'paste', text }).then(() => setText(''));
  };
  const onFile = async (file: File | undefined) => {
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setFileError(`${file.name} is larger than 20 MB.`);
    await capture({ kind: 'file', name: file.name, dataBase64: await toBase64(file) });
    if (fileInput.current) fileInput.current.value = '';
  };
  const tab = (m: Mode, label: string, Icon: typeof Link2) => (
    <Button variant={mode === m ? 'secondary' : 'ghost'} size="sm" aria-pressed={mode === m} onClick={() => setMode(m)}>
      <Icon aria-hidden /> {label}
    </Button>
  );

  return (
    <form onSubmit={submit} className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-4" aria-label="Capture a job">
      <div className="flex gap-1" role="group" aria-label="How to capture">
        {tab('url', 'URL', Link2)}
        {tab('paste', 'Paste', ClipboardPaste)}
        {tab('file', 'File', FileUp)}
      </div>
      {mode === 'url' ? (
        <div className="flex gap-2">
          <Input aria-label="Job page address" type="url" placeholder="https://… (a job posting page)" value={url} onChange={(e) => setUrl(e.target.value)} />
          <Button type="submit" disabled={capturing || !url.trim()}>{capturing ? <Loader2 className="animate-spin" aria-hidden /> : null} Capture</Button>
        </div>
      ) : null}
      {mode === 'paste' ? (
        <div className="flex flex-col gap-2">
          <Textarea aria-label="Job ad text" placeholder="Paste the job ad (text or the copied page)…" value={text} onChange={(e) => setText(e.target.value)} />
          <Button type="submit" className="self-end" disabled={capturing || !text.trim()}>{capturing ? <Loader2 className="animate-spin" aria-hidden /> : null} Read job ad</Button>
        </div>
      ) : null}
      {mode === 'file' ? (
        <input ref={fileInput} aria-label="Job description file" type="file" accept=".pdf,.docx,.txt,.md,.html,.htm" disabled={capturing} onChange={(e) => void onFile(e.target.files?.[0])} className="text-sm" />
      ) : null}
      {captureError || fileError ? <p role="alert" className="text-sm text-danger">{captureError ?? fileError}</p> : null}
    </form>
  );
}
