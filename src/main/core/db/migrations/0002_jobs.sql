CREATE TABLE `job_captures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job_id` text NOT NULL,
	`source` text NOT NULL,
	`url` text,
	`content_type` text,
	`raw` text NOT NULL,
	`removed` text NOT NULL,
	`captured_at` text NOT NULL,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `job_captures_job` ON `job_captures` (`job_id`);--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`company` text NOT NULL,
	`locations` text NOT NULL,
	`remote` text NOT NULL,
	`employment_type` text,
	`seniority` text,
	`salary_min` real,
	`salary_max` real,
	`salary_currency` text,
	`salary_period` text,
	`description_text` text NOT NULL,
	`description_html` text NOT NULL,
	`posted_at` text,
	`language` text,
	`source` text NOT NULL,
	`source_url` text,
	`canonical_url` text,
	`ats_provider` text,
	`ats_id` text,
	`extracted_by` text NOT NULL,
	`capture_log` text NOT NULL,
	`status` text NOT NULL,
	`content_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `jobs_canonical_url` ON `jobs` (`canonical_url`);--> statement-breakpoint
CREATE INDEX `jobs_ats` ON `jobs` (`ats_provider`,`ats_id`);--> statement-breakpoint
CREATE INDEX `jobs_content_hash` ON `jobs` (`content_hash`);--> statement-breakpoint
CREATE INDEX `jobs_status_created` ON `jobs` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `saved_searches` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`keywords` text NOT NULL,
	`location` text NOT NULL,
	`remote_only` integer NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `watch_seen` (
	`provider` text NOT NULL,
	`ats_id` text NOT NULL,
	`first_seen_at` text NOT NULL,
	PRIMARY KEY(`provider`, `ats_id`)
);
--> statement-breakpoint
CREATE TABLE `watched_boards` (
	`id` text PRIMARY KEY NOT NULL,
	`provider` text NOT NULL,
	`board` text NOT NULL,
	`label` text NOT NULL,
	`last_checked_at` text,
	`last_error` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `watched_boards_provider_board` ON `watched_boards` (`provider`,`board`);