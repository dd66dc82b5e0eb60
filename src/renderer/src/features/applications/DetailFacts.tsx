import { useRef, useState, type FormEvent } from 'react';
import type { ApplicationDetail, Money } from '../../../../shared/domain/application';
import { Button } from '../../components/ui/button';
import { useApplications } from './applications-store';

const INPUT = 'h-8 rounded-md border border-border bg-surface px-2 text-sm';

function MoneyField({ label, value, onSave }: { label: string; value: Money | null; onSave(m: Money | null): void }) {
  const [amount, setAmount] = useState(value ? String(value.amount) : '');
  const [currency, setCurrency] = useState(value?.currency ?? '');
  const save = (e: FormEvent) => {
    e.preventDefault();
    onSave(amount.trim() ? { amount: Number(amount), currency: currency.trim().toUpperCase() } : null);
  };
  return (
    <form className="flex items-end gap-2" onSubmit={save} aria-label={label}>
      <label className="text-xs text-fg-muted">
        {label}
        <input
          aria-label={`${label} amount`}
          className={`${INPUT} block w-32`}
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.target.value.replace(/[^\d.]/g, ''))}
        />
      </label>
      <label className="text-xs text-fg-muted">
        Currency
        <input
          aria-label={`${label} currency`}
          className={`${INPUT} block w-20 uppercase`}
          maxLength={3}
          placeholder="EUR"
          value={currency}
          onChange={(e) => setCurrency(e.target.value)}
          required={Boolean(amount)}
        />
      </label>
      <Button size="sm" variant="secondary" type="submit">
        Save
      </Button>
    </form>
  );
}

function ContactForm({ id }: { id: string }) {
  const addContact = useApplications((s) => s.addContact);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [email, setEmail] = useState('');
  const [profileUrl, setProfileUrl] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await addContact(id, { name, role, email, profileUrl })) {
      setName('');
      setRole('');
      setEmail('');
      setProfileUrl('');
    }
  };
  return (
    <form className="flex flex-wrap gap-2" onSubmit={(e) => void submit(e)} aria-label="Add a contact">
      <input
        aria-label="Contact name"
        placeholder="Name"
        className={INPUT}
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
      />
      <input
        aria-label="Contact role"
        placeholder="Role"
        className={INPUT}
        value={role}
        onChange={(e) => setRole(e.target.value)}
      />
      <input
        aria-label="Contact email"
        placeholder="Email"
        type="email"
        className={INPUT}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <input
        aria-label="Contact profile link"
        placeholder="Profile link"
        className={INPUT}
        value={profileUrl}
        onChange={(e) => setProfileUrl(e.target.value)}
      />
      <Button size="sm" type="submit">
        Add contact
      </Button>
    </form>
  );
}

function ReminderForm({ id }: { id: string }) {
  const remind = useApplications((s) => s.remind);
  const [at, setAt] = useState('');
  const [title, setTitle] = useState('Follow up');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await remind(id, at, title)) setAt('');
  };
  return (
    <form className="mt-2 flex flex-wrap gap-2" onSubmit={(e) => void submit(e)} aria-label="Add a reminder">
      <input
        aria-label="Reminder time"
        type="datetime-local"
        className={INPUT}
        value={at}
        onChange={(e) => setAt(e.target.value)}
        required
      />
      <input
        aria-label="Reminder title"
        className={INPUT}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        required
      />
      <Button size="sm" variant="secondary" type="submit">
        Remind me
      </Button>
    </form>
  );
}

/** Amounts, contacts, reminders and the snapshots of what was sent. */
export function DetailFacts({ detail }: { detail: ApplicationDetail }) {
  const update = useApplications((s) => s.update);
  const snapshot = useApplications((s) => s.snapshot);
  const files = useRef<HTMLInputElement>(null);
  const { application: app } = detail;
  return (
    <>
      <div className="flex flex-wrap gap-6">
        <MoneyField
          key={`s${app.updatedAt}`}
          label="Salary expectation"
          value={app.salaryExpectation}
          onSave={(m) => void update(app.id, { salaryExpectation: m })}
        />
        <MoneyField
          key={`o${app.updatedAt}`}
          label="Offer"
          value={app.offer}
          onSave={(m) => void update(app.id, { offer: m })}
        />
      </div>
      <div>
        <h3 className="mb-2 font-semibold">Contacts</h3>
        <ul className="mb-2 text-sm">
          {detail.contacts.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong>
              {c.role ? `, ${c.role}` : ''}
              {c.email ? ` · ${c.email}` : ''}
              {/^https?:\/\//.test(c.profileUrl) ? (
                <>
                  {' '}
                  ·{' '}
                  <a className="underline" href={c.profileUrl} target="_blank" rel="noreferrer noopener">
                    profile
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
        <ContactForm id={app.id} />
      </div>
      <div>
        <h3 className="mb-2 font-semibold">Reminders</h3>
        <ul className="text-sm">
          {detail.reminders.map((r) => (
            <li key={r.id}>
              {(r.snoozedUntil ?? r.dueAt).replace('T', ' ').slice(0, 16)} — {r.title}
              {r.doneAt ? ' (done)' : r.firedAt ? ' (due)' : ''}
            </li>
          ))}
        </ul>
        <ReminderForm id={app.id} />
      </div>
      <div>
        <h3 className="mb-2 font-semibold">What was sent</h3>
        {detail.snapshots.length ? (
          <ul aria-label="Snapshots" className="flex flex-col gap-2 text-sm">
            {detail.snapshots.map((s) => (
              <li key={s.id} className="rounded-md border border-border p-2">
                <div>
                  Snapshot of {new Date(s.createdAt).toLocaleString()}: “{s.job.title}” at {s.job.company}
                  {s.match ? `, match ${s.match.score} (${s.match.formulaVersion})` : ''}
                </div>
                <div className="font-mono text-xs text-fg-muted">job sha256 {s.jobSha256}</div>
                {s.files.map((f) => (
                  <div key={f.name} className="font-mono text-xs text-fg-muted">
                    {f.name} · {f.mime} · {f.size.toLocaleString()} bytes · sha256 {f.sha256}
                  </div>
                ))}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-fg-muted">
            No snapshot yet. A snapshot keeps the job as it was, the files you sent and the match score, unchanged
            forever.
          </p>
        )}
        <input
          ref={files}
          type="file"
          multiple
          accept=".pdf,.docx,.txt,.md,.html"
          className="sr-only"
          aria-label="Exported CV and letter files"
          onChange={(e) => {
            const list = [...(e.target.files ?? [])];
            e.target.value = '';
            void snapshot(app.id, list);
          }}
        />
        <Button size="sm" variant="secondary" className="mt-2" onClick={() => files.current?.click()}>
          Record what was sent…
        </Button>
      </div>
    </>
  );
}
