-- Full-text search over an application's own text: notes, timeline entries and its contacts. The job's
-- title, company and description are searched through `jobs_fts`. Rows are written by the repo.
CREATE VIRTUAL TABLE `applications_fts` USING fts5(application_id UNINDEXED, notes, timeline, contacts, tokenize="unicode61 remove_diacritics 2");
--> statement-breakpoint
CREATE TRIGGER `applications_fts_after_delete` AFTER DELETE ON `applications` BEGIN
  DELETE FROM applications_fts WHERE application_id = old.id;
END;
--> statement-breakpoint
-- A snapshot records exactly what was sent: it can be deleted with its application, never changed.
CREATE TRIGGER `application_snapshots_no_update` BEFORE UPDATE ON `application_snapshots` BEGIN
  SELECT RAISE(ABORT, 'application snapshots are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `application_snapshot_files_no_update` BEFORE UPDATE ON `application_snapshot_files` BEGIN
  SELECT RAISE(ABORT, 'application snapshots are immutable');
END;
