import type { ApplicationStatus, EventKind } from '../../../../shared/domain/application';

export const STATUS_LABEL: Record<ApplicationStatus, string> = {
  saved: 'Saved',
  applying: 'Applying',
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  ghosted: 'Ghosted',
};

export const EVENT_LABEL: Record<EventKind, string> = {
  applied: 'Applied',
  status: 'Status',
  message: 'Message',
  call: 'Call',
  interview: 'Interview',
  offer: 'Offer',
  note: 'Note',
};
