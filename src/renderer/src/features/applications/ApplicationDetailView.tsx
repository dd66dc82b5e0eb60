import { ArrowLeft } from 'lucide-react';
import { useMemo, useState, type FormEvent } from 'react';
import { ApplicationStatus, type ApplicationDetail, type EventKind } from '../../../../shared/domain/application';
import { Button } from '../../components/ui/button';
import { useApplications } from './applications-store';
import { DetailFacts } from './DetailFacts';
import { renderMarkdown } from './markdown';
import { EVENT_LABEL, STATUS_LABEL } from './status-labels';

const SELECT = 'h-8 rounded-md border border-border bg-surface px-2 text-sm';
const LOGGABLE: Exclude<EventKind, 'status'>[] = ['message', 'call', 'interview', 'offer', 'note', 'applied'];

interface Entry {
  key: string;
  at: string;
  label: string;
  note: string;
}

/** Status moves and logged events, newest first. */
export function timelineEntries(d: ApplicationDetail): Entry[] {
  const moves = d.history.map((h) => ({
    key: `s${h.id}`,
    at: h.on,
    label: h.from ? `Moved to ${STATUS_LABEL[h.to]} (from ${STATUS_LABEL[h.from]})` : `Added as ${STATUS_LABEL[h.to]}`,
    note: '',
  }));
  const events = d.timeline.map((e) => ({
    key: `e${e.id}`,
    at: e.at,
    label: `${EVENT_LABEL[e.kind]}: ${e.title}${e.interview?.people.length ? ` — with ${e.interview.people.join(', ')}` : ''}${e.offer ? ` — ${e.offer.amount.toLocaleString()} ${e.offer.currency}` : ''}`,
    note: e.note,
  }));
  return [...moves, ...events].sort((a, b) => b.at.localeCompare(a.at) || b.key.localeCompare(a.key));
}

function LogForm({ id }: { id: string }) {
  const log = useApplications((s) => s.log);
  const [kind, setKind] = useState<Exclude<EventKind, 'status'>>('note');
  const [at, setAt] = useState(() => new Date().toISOString().slice(0, 10));
  const [note, setNote] = useState('');
  const [people, setPeople] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const interview =
      kind === 'interview'
        ? {
            round: 1,
            kind: 'video' as const,
            people: people
              .split(',')
              .map((p) => p.trim())
              .filter(Boolean),
          }
        : null;
    if (await log(id, { kind, at, note, interview })) {
      setNote('');
      setPeople('');
    }
  };
  return (
    <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => void submit(e)} aria-label="Add to the timeline">
      <select
        aria-label="Event kind"
        className={SELECT}
        value={kind}
        onChange={(e) => setKind(e.target.value as typeof kind)}
      >
        {LOGGABLE.map((k) => (
          <option key={k} value={k}>
            {EVENT_LABEL[k]}
          </option>
        ))}
      </select>
      <input
        aria-label="Event date"
        className={SELECT}
        type={kind === 'interview' ? 'datetime-local' : 'date'}
        value={at}
        onChange={(e) => setAt(e.target.value)}
        required
      />
      {kind === 'interview' ? (
        <input
          aria-label="Interviewers"
          placeholder="Interviewers, comma-separated"
          className={SELECT}
          value={people}
          onChange={(e) => setPeople(e.target.value)}
        />
      ) : null}
      <input
        aria-label="Event note"
        placeholder="Note (Markdown)"
        className={`${SELECT} min-w-48 flex-1`}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button size="sm" type="submit">
        Add
      </Button>
    </form>
  );
}

/** One application: status (back-datable), timeline, notes (Markdown, sanitised), amounts, contacts, snapshots. */
export function ApplicationDetailView({ detail }: { detail: ApplicationDetail }) {
  const select = useApplications((s) => s.select);
  const move = useApplications((s) => s.move);
  const update = useApplications((s) => s.update);
  const { application: app, job } = detail;
  const [on, setOn] = useState('');
  const [notes, setNotes] = useState<string | null>(null);
  const entries = useMemo(() => timelineEntries(detail), [detail]);
  const notesHtml = useMemo(() => renderMarkdown(app.notes), [app.notes]);
  return (
    <section aria-label="Application detail" className="flex flex-col gap-5">
      <div className="flex items-start justify-between gap-3">
        <div>
          <Button variant="ghost" size="sm" onClick={() => void select(null)}>
            <ArrowLeft aria-hidden /> All applications
          </Button>
          <h2 className="mt-2 text-xl font-semibold">{job.title}</h2>
          <p className="text-sm text-fg-muted">
            {job.company}
            {app.appliedOn ? ` · applied ${app.appliedOn}` : ''} · via {app.source}
            {app.matchScore !== null ? ` · match ${app.matchScore} (${app.matchFormulaVersion})` : ''}
          </p>
        </div>
        <div className="flex items-end gap-2">
          <label className="text-xs text-fg-muted">
            Status
            <select
              aria-label="Application status"
              className={`${SELECT} block`}
              value={app.status}
              onChange={(e) => void move(app.id, e.target.value as ApplicationStatus, on || undefined)}
            >
              {ApplicationStatus.options.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </label>
          <label className="text-xs text-fg-muted">
            On (optional)
            <input
              aria-label="Status date"
              type="date"
              className={`${SELECT} block`}
              value={on}
              max={new Date().toISOString().slice(0, 10)}
              onChange={(e) => setOn(e.target.value)}
            />
          </label>
        </div>
      </div>

      <div>
        <h3 className="mb-2 font-semibold">Timeline</h3>
        <LogForm id={app.id} />
        <ol aria-label="Timeline" className="mt-3 flex flex-col gap-2 border-l border-border pl-4">
          {entries.map((e) => (
            <li key={e.key} className="text-sm">
              <span className="mr-2 tabular-nums text-fg-muted">{e.at.replace('T', ' ').slice(0, 16)}</span>
              {e.label}
              {e.note ? (
                <div
                  className="prose prose-sm text-fg-muted"
                  dangerouslySetInnerHTML={{ __html: renderMarkdown(e.note) }}
                />
              ) : null}
            </li>
          ))}
        </ol>
      </div>

      <div>
        <h3 className="mb-2 font-semibold">Notes</h3>
        {notes === null ? (
          <div>
            {app.notes ? (
              <div aria-label="Notes" className="prose prose-sm" dangerouslySetInnerHTML={{ __html: notesHtml }} />
            ) : (
              <p className="text-sm text-fg-muted">No notes.</p>
            )}
            <Button size="sm" variant="secondary" className="mt-2" onClick={() => setNotes(app.notes)}>
              Edit notes
            </Button>
          </div>
        ) : (
          <div className="flex flex-col gap-2">
            <textarea
              aria-label="Notes (Markdown)"
              className="min-h-32 rounded-md border border-border bg-surface p-2 text-sm"
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
            />
            <div className="flex gap-2">
              <Button size="sm" onClick={() => void update(app.id, { notes }).then(() => setNotes(null))}>
                Save notes
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setNotes(null)}>
                Cancel
              </Button>
            </div>
          </div>
        )}
      </div>
      <DetailFacts detail={detail} />
    </section>
  );
}
