import { Download, RotateCw, Trash2, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { ModelDownloadStatus } from '../../../../shared/domain/ai';
import { Button } from '../../components/ui/button';
import { Card, CardTitle } from '../../components/ui/card';
import { Input } from '../../components/ui/input';
import { notify } from '../../components/ui/toaster';
import { useAi } from './ai-store';
import { downloadFailureText } from './downloads';

const STATE_WORDS: Record<ModelDownloadStatus['state'], string> = {
  downloading: 'downloading',
  verifying: 'checking the file…',
  done: 'done',
  failed: 'failed',
  cancelled: 'stopped',
};
const gb = (bytes: number): string =>
  bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;

/** On-device models: what fits this machine, downloads with progress, installed files, pick a .gguf. */
export function LocalModelsSettings() {
  const {
    installed,
    downloads,
    hardware,
    recommendations,
    loadedModel,
    modelsDir,
    settings,
    loadHardware,
    watchDownloads,
    pull,
    removeModel: remove,
  } = useAi();
  const [uri, setUri] = useState('');
  const [file, setFile] = useState('');
  // The core pushes every download's progress and end; the rows follow those events.
  useEffect(() => watchDownloads(), [watchDownloads]);
  useEffect(() => {
    void loadHardware();
  }, [loadHardware]);
  const activeModel = settings?.providers.find((p) => p.kind === 'local')?.model ?? '';
  const use = async (path: string) => {
    if (await useAi.getState().useModel(path))
      notify({ level: 'success', title: 'On-device model chosen', body: path });
  };

  return (
    <Card className="flex flex-col gap-4" aria-labelledby="ai-local-title">
      <CardTitle id="ai-local-title">On-device models</CardTitle>
      <p className="text-sm text-fg-muted">
        Models that run on this computer: nothing leaves it.{' '}
        {hardware
          ? `This machine: ${gb(hardware.totalRamBytes)} memory, ${hardware.gpu ? `${hardware.gpu} with ${gb(hardware.freeVramBytes)} free` : 'no supported GPU (CPU only)'}.`
          : 'Reading the hardware…'}
      </p>
      {recommendations.length ? (
        <ul className="flex flex-col gap-2 text-sm" aria-label="Suggested models">
          {recommendations.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-2">
              <span className={r.fits ? '' : 'text-fg-muted'}>{r.label}</span>
              {r.recommended ? (
                <span className="rounded bg-accent px-2 text-xs text-accent-fg">recommended</span>
              ) : null}
              <span className="text-xs text-fg-muted">
                {gb(r.sizeBytes)}, {r.reason}
              </span>
              <Button
                className="ml-auto"
                size="sm"
                variant="secondary"
                disabled={!r.fits}
                onClick={() => void pull(r.uri)}
              >
                <Download /> Download
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex gap-2">
        <Input
          aria-label="Model address"
          value={uri}
          onChange={(e) => setUri(e.target.value)}
          placeholder="hf:user/repo:Q4_K_M or https://…/model.gguf"
        />
        <Button size="sm" disabled={!uri.trim()} onClick={() => void pull(uri.trim())}>
          <Download /> Download
        </Button>
      </div>
      {downloads.length ? (
        <ul className="flex flex-col gap-2" aria-label="Downloads">
          {downloads.map((d) => (
            <DownloadRow key={d.downloadId} download={d} />
          ))}
        </ul>
      ) : null}
      <div className="flex flex-col gap-2 text-sm">
        <span className="font-medium">Installed</span>
        {installed.length === 0 ? <span className="text-fg-muted">None yet.</span> : null}
        <ul className="flex flex-col gap-1">
          {installed.map((m) => (
            <li key={m.fileName} className="flex flex-wrap items-center gap-2">
              <span className="font-mono text-xs">{m.fileName}</span>
              <span className="text-xs text-fg-muted">
                {gb(m.sizeBytes)}
                {m.checksumVerified ? ', checksum verified' : ''}
                {m.path === loadedModel ? ', loaded' : ''}
                {m.path === activeModel ? ', in use' : ''}
              </span>
              <span className="ml-auto flex gap-1">
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={m.path === activeModel}
                  onClick={() => void use(m.path)}
                >
                  Use
                </Button>
                <Button
                  size="icon"
                  variant="ghost"
                  aria-label={`Delete ${m.fileName}`}
                  onClick={() => void remove(m.fileName)}
                >
                  <Trash2 />
                </Button>
              </span>
            </li>
          ))}
        </ul>
        <p className="text-xs text-fg-muted break-all">Folder: {modelsDir}</p>
      </div>
      <div className="flex gap-2">
        <Input
          aria-label="Path of a .gguf file"
          value={file}
          onChange={(e) => setFile(e.target.value)}
          placeholder="/path/to/any-model.gguf"
        />
        <Button size="sm" variant="secondary" disabled={!file.trim()} onClick={() => void use(file.trim())}>
          Use this file
        </Button>
      </div>
    </Card>
  );
}

function DownloadRow({ download: d }: { download: ModelDownloadStatus }) {
  const { cancelPull, retryPull } = useAi();
  const fraction = d.totalBytes ? d.downloadedBytes / d.totalBytes : 0;
  const running = d.state === 'downloading' || d.state === 'verifying';
  const stopped = d.state === 'failed' || d.state === 'cancelled';
  return (
    <li className="flex flex-col gap-1 text-xs">
      <div className="flex items-center gap-2">
        <span className="font-mono">{d.fileName ?? d.uri}</span>
        <span className="text-fg-muted">
          {d.state === 'downloading'
            ? `${gb(d.downloadedBytes)} of ${d.totalBytes ? gb(d.totalBytes) : '…'}`
            : STATE_WORDS[d.state]}
        </span>
        {running ? (
          <Button className="ml-auto" size="sm" variant="ghost" onClick={() => void cancelPull(d.downloadId)}>
            <X aria-hidden /> Stop
          </Button>
        ) : null}
        {stopped ? (
          <Button className="ml-auto" size="sm" variant="secondary" onClick={() => void retryPull(d.downloadId)}>
            <RotateCw aria-hidden /> Retry
          </Button>
        ) : null}
      </div>
      <div
        className="h-2 w-full rounded bg-muted"
        role="progressbar"
        aria-label={`Download ${d.fileName ?? d.uri}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(fraction * 100)}
      >
        <div className="h-2 rounded bg-accent" style={{ width: `${fraction * 100}%` }} />
      </div>
      {d.state === 'failed' ? (
        <span role="alert" className="text-danger">
          {downloadFailureText(d.error)}
        </span>
      ) : null}
    </li>
  );
}
