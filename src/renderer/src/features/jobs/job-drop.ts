import { useJobs } from './jobs-store';

export const MAX_JOB_FILE_BYTES = 20 * 1024 * 1024;

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A job file (picked or dropped) goes through the same preview as a paste. Resolves to false when it failed. */
export async function captureFile(file: File): Promise<boolean> {
  const jobs = useJobs.getState();
  if (file.size > MAX_JOB_FILE_BYTES) {
    useJobs.setState({
      adding: true,
      captureError: `“${file.name}” is larger than 20 MB. Save the posting as text or PDF without images, or paste its text.`,
    });
    return false;
  }
  return jobs.capture({ kind: 'file', name: file.name, dataBase64: await toBase64(file) });
}

/** What was dropped on the Jobs screen: a file, a link (from a browser's address bar) or selected text. */
export function captureDrop(data: DataTransfer): Promise<boolean> | null {
  const file = data.files[0];
  if (file) return captureFile(file);
  const uri = data
    .getData('text/uri-list')
    .split('\n')
    .find((l) => l.trim() && !l.startsWith('#'));
  if (uri && /^https?:\/\//i.test(uri.trim())) return useJobs.getState().capture({ kind: 'url', url: uri.trim() });
  const text = data.getData('text/plain');
  if (text.trim())
    return /^https?:\/\/\S+$/i.test(text.trim())
      ? useJobs.getState().capture({ kind: 'url', url: text.trim() })
      : useJobs.getState().capture({ kind: 'paste', text });
  return null;
}

/** Whether a drag carries something the Jobs screen can capture. */
export const canCapture = (data: DataTransfer | null): boolean =>
  !!data && Array.from(data.types).some((t) => t === 'Files' || t === 'text/uri-list' || t === 'text/plain');
