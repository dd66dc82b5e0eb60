import { RefreshCw, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/ui/button';
import { Card, CardTitle } from '../../components/ui/card';
import { Input } from '../../components/ui/input';
import { useJobs } from './jobs-store';

/** Company job boards to check for new postings, and the saved searches that filter them. */
export function WatchlistPanel() {
  const { boards, searches, addBoard, removeBoard, addSearch, removeSearch, refresh, refreshing, lastRefresh } =
    useJobs();
  const [board, setBoard] = useState('');
  const [boardError, setBoardError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [keywords, setKeywords] = useState('');
  const [location, setLocation] = useState('');
  const [remoteOnly, setRemoteOnly] = useState(false);
  const [searchError, setSearchError] = useState<string | null>(null);

  const submitBoard = async (e: FormEvent) => {
    e.preventDefault();
    const error = await addBoard(board.trim());
    setBoardError(error);
    if (!error) setBoard('');
  };
  const submitSearch = async (e: FormEvent) => {
    e.preventDefault();
    const error = await addSearch({
      name: name.trim(),
      keywords: keywords
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
      location: location.trim(),
      remoteOnly,
    });
    setSearchError(error);
    if (!error) [setName, setKeywords, setLocation].forEach((f) => f(''));
  };

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card className="flex flex-col gap-3" aria-label="Watched job boards">
        <div className="flex items-center justify-between">
          <CardTitle>Watched companies</CardTitle>
          <Button size="sm" variant="secondary" disabled={refreshing || !boards.length} onClick={() => void refresh()}>
            <RefreshCw className={refreshing ? 'animate-spin' : ''} aria-hidden /> Check now
          </Button>
        </div>
        <form onSubmit={(e) => void submitBoard(e)} className="flex gap-2">
          <Input
            aria-label="Job board"
            placeholder="https://jobs.lever.co/acme or greenhouse:acme"
            value={board}
            onChange={(e) => setBoard(e.target.value)}
          />
          <Button type="submit" disabled={!board.trim()}>
            Watch
          </Button>
        </form>
        {boardError ? (
          <p role="alert" className="text-sm text-danger">
            {boardError}
          </p>
        ) : null}
        <p className="text-xs text-fg-muted">
          Greenhouse, Lever, Ashby, SmartRecruiters, Workable and Recruitee boards are read through their public APIs;
          no login.
        </p>
        <ul className="flex flex-col divide-y divide-border text-sm">
          {boards.map((b) => {
            const result = lastRefresh?.find((r) => r.boardId === b.id);
            return (
              <li key={b.id} className="flex items-center justify-between gap-2 py-2">
                <div>
                  <p className="font-medium">
                    {b.label}{' '}
                    <span className="text-xs text-fg-muted">
                      {b.provider}:{b.board}
                    </span>
                  </p>
                  <p className="text-xs text-fg-muted">
                    {b.lastError ? (
                      <span className="text-danger">{b.lastError}</span>
                    ) : b.lastCheckedAt ? (
                      `checked ${new Date(b.lastCheckedAt).toLocaleString()}`
                    ) : (
                      'not checked yet'
                    )}
                    {result && !result.error ? ` · ${result.found} open, ${result.added} new` : ''}
                  </p>
                </div>
                <Button
                  size="icon"
                  variant="ghost"
                  aria-label={`Stop watching ${b.label}`}
                  onClick={() => void removeBoard(b.id)}
                >
                  <Trash2 aria-hidden />
                </Button>
              </li>
            );
          })}
        </ul>
      </Card>
      <Card className="flex flex-col gap-3" aria-label="Saved searches">
        <CardTitle>Saved searches</CardTitle>
        <p className="text-xs text-fg-muted">
          New postings reach the inbox when they pass any saved search (all of them, when there is none).
        </p>
        <form onSubmit={(e) => void submitSearch(e)} className="grid gap-2">
          <Input
            aria-label="Search name"
            placeholder="Name, e.g. Remote data roles"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <Input
            aria-label="Keywords"
            placeholder="Keywords, comma-separated (any one)"
            value={keywords}
            onChange={(e) => setKeywords(e.target.value)}
          />
          <Input
            aria-label="Location"
            placeholder="Location (optional)"
            value={location}
            onChange={(e) => setLocation(e.target.value)}
          />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={remoteOnly} onChange={(e) => setRemoteOnly(e.target.checked)} /> Remote only
          </label>
          <Button type="submit" className="justify-self-end" disabled={!name.trim()}>
            Save search
          </Button>
        </form>
        {searchError ? (
          <p role="alert" className="text-sm text-danger">
            {searchError}
          </p>
        ) : null}
        <ul className="flex flex-col divide-y divide-border text-sm">
          {searches.map((s) => (
            <li key={s.id} className="flex items-center justify-between gap-2 py-2">
              <span>
                <span className="font-medium">{s.name}</span>{' '}
                <span className="text-xs text-fg-muted">
                  {[s.keywords.join(', '), s.location, s.remoteOnly ? 'remote only' : ''].filter(Boolean).join(' · ')}
                </span>
              </span>
              <Button
                size="icon"
                variant="ghost"
                aria-label={`Delete search ${s.name}`}
                onClick={() => void removeSearch(s.id)}
              >
                <Trash2 aria-hidden />
              </Button>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
