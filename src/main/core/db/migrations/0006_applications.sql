CREATE TABLE `application_contacts` (
	`application_id` text NOT NULL,
	`contact_id` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `application_contacts_app` ON `application_contacts` (`application_id`);--> statement-breakpoint
CREATE INDEX `application_contacts_contact` ON `application_contacts` (`contact_id`);--> statement-breakpoint
CREATE TABLE `application_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` text NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`title` text NOT NULL,
	`note` text NOT NULL,
	`interview` text,
	`offer_amount` real,
	`offer_currency` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `application_events_app` ON `application_events` (`application_id`,`at`);--> statement-breakpoint
CREATE TABLE `application_reminders` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`due_at` text NOT NULL,
	`snoozed_until` text,
	`fired_at` text,
	`done_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `application_reminders_due` ON `application_reminders` (`done_at`,`fired_at`,`due_at`);--> statement-breakpoint
CREATE INDEX `application_reminders_app` ON `application_reminders` (`application_id`);--> statement-breakpoint
CREATE TABLE `application_snapshot_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`snapshot_id` text NOT NULL,
	`name` text NOT NULL,
	`mime` text NOT NULL,
	`bytes` blob NOT NULL,
	`sha256` text NOT NULL,
	FOREIGN KEY (`snapshot_id`) REFERENCES `application_snapshots`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `application_snapshot_files_snapshot` ON `application_snapshot_files` (`snapshot_id`);--> statement-breakpoint
CREATE TABLE `application_snapshots` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`job_json` text NOT NULL,
	`job_sha256` text NOT NULL,
	`match_score` integer,
	`match_formula_version` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `application_snapshots_app` ON `application_snapshots` (`application_id`);--> statement-breakpoint
CREATE TABLE `application_status_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`on_day` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `application_status_changes_app` ON `application_status_changes` (`application_id`,`on_day`,`id`,`to_status`);--> statement-breakpoint
CREATE TABLE `applications` (
	`id` text PRIMARY KEY NOT NULL,
	`job_id` text NOT NULL,
	`status` text NOT NULL,
	`status_on` text NOT NULL,
	`applied_on` text,
	`source` text NOT NULL,
	`salary_amount` real,
	`salary_currency` text,
	`offer_amount` real,
	`offer_currency` text,
	`notes` text NOT NULL,
	`match_score` integer,
	`match_formula_version` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `applications_job` ON `applications` (`job_id`);--> statement-breakpoint
CREATE INDEX `applications_status` ON `applications` (`status`);--> statement-breakpoint
CREATE INDEX `applications_updated` ON `applications` (`updated_at`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`email` text NOT NULL,
	`profile_url` text NOT NULL,
	`company` text NOT NULL,
	`created_at` text NOT NULL
);
