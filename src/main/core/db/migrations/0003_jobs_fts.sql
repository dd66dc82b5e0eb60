-- Full-text search over jobs (title, company, description). A self-contained FTS5 table keyed by
-- job_id (jobs has a text primary key, whose implicit rowids VACUUM may renumber), kept in step with
-- `jobs` by triggers. Diacritics are folded so "cafe" finds "café".
CREATE VIRTUAL TABLE `jobs_fts` USING fts5(job_id UNINDEXED, title, company, description_text, tokenize="unicode61 remove_diacritics 2");
--> statement-breakpoint
CREATE TRIGGER `jobs_fts_after_insert` AFTER INSERT ON `jobs` BEGIN
  INSERT INTO jobs_fts(job_id, title, company, description_text) VALUES (new.id, new.title, new.company, new.description_text);
END;
--> statement-breakpoint
CREATE TRIGGER `jobs_fts_after_delete` AFTER DELETE ON `jobs` BEGIN
  DELETE FROM jobs_fts WHERE job_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `jobs_fts_after_update` AFTER UPDATE OF title, company, description_text ON `jobs` BEGIN
  DELETE FROM jobs_fts WHERE job_id = old.id;
  INSERT INTO jobs_fts(job_id, title, company, description_text) VALUES (new.id, new.title, new.company, new.description_text);
END;
--> statement-breakpoint
INSERT INTO jobs_fts(job_id, title, company, description_text) SELECT id, title, company, description_text FROM jobs;
