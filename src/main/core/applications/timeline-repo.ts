import { asc, eq } from 'drizzle-orm';
import type { Contact, EventKind, TimelineEvent } from '../../../shared/domain/application';
import type { Db } from '../db/client';
import { applicationContacts, applicationEvents, contacts } from '../db/schema';

/** Timeline events and contacts of applications. */

type EventRow = typeof applicationEvents.$inferSelect;

function toEvent(r: EventRow): TimelineEvent {
  return {
    id: r.id,
    kind: r.kind as EventKind,
    at: r.at,
    title: r.title,
    note: r.note,
    interview: (r.interview as TimelineEvent['interview']) ?? null,
    offer: r.offerAmount === null || !r.offerCurrency ? null : { amount: r.offerAmount, currency: r.offerCurrency },
    createdAt: r.createdAt,
  };
}

const contactColumns = {
  id: contacts.id,
  name: contacts.name,
  role: contacts.role,
  email: contacts.email,
  profileUrl: contacts.profileUrl,
  company: contacts.company,
};

export function createTimelineRepo(db: Db) {
  return {
    addEvent(applicationId: string, e: Omit<TimelineEvent, 'id'>): TimelineEvent {
      const row = db
        .insert(applicationEvents)
        .values({
          applicationId,
          kind: e.kind,
          at: e.at,
          title: e.title,
          note: e.note,
          interview: e.interview,
          offerAmount: e.offer?.amount ?? null,
          offerCurrency: e.offer?.currency ?? null,
          createdAt: e.createdAt,
        })
        .returning()
        .get();
      return toEvent(row);
    },
    events(applicationId: string): TimelineEvent[] {
      return db
        .select()
        .from(applicationEvents)
        .where(eq(applicationEvents.applicationId, applicationId))
        .orderBy(asc(applicationEvents.at), asc(applicationEvents.id))
        .all()
        .map(toEvent);
    },
    /** Interviews of every application (the .ics export). */
    interviews(): (TimelineEvent & { applicationId: string })[] {
      return db
        .select()
        .from(applicationEvents)
        .where(eq(applicationEvents.kind, 'interview'))
        .orderBy(asc(applicationEvents.at))
        .all()
        .map((r) => ({ ...toEvent(r), applicationId: r.applicationId }));
    },
    insertContact(c: Contact, at: string): void {
      db.insert(contacts)
        .values({ ...c, createdAt: at })
        .run();
    },
    contact(id: string): Contact | undefined {
      return db.select(contactColumns).from(contacts).where(eq(contacts.id, id)).get();
    },
    contacts(): Contact[] {
      return db.select(contactColumns).from(contacts).orderBy(asc(contacts.name)).all();
    },
    link(applicationId: string, contactId: string): void {
      const linked = db
        .select()
        .from(applicationContacts)
        .where(eq(applicationContacts.applicationId, applicationId))
        .all()
        .some((r) => r.contactId === contactId);
      if (!linked) db.insert(applicationContacts).values({ applicationId, contactId }).run();
    },
    contactsOf(applicationId: string): Contact[] {
      return db
        .select(contactColumns)
        .from(contacts)
        .innerJoin(applicationContacts, eq(applicationContacts.contactId, contacts.id))
        .where(eq(applicationContacts.applicationId, applicationId))
        .orderBy(asc(contacts.name))
        .all();
    },
  };
}
export type TimelineRepo = ReturnType<typeof createTimelineRepo>;
