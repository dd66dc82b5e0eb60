CREATE TABLE `tailor_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`job_id` text NOT NULL,
	`status` text NOT NULL,
	`mode` text NOT NULL,
	`provider_id` text,
	`model` text,
	`prompt_version` text NOT NULL,
	`options` text NOT NULL,
	`stages` text NOT NULL,
	`analysis` text,
	`selection` text,
	`cv` text,
	`letter` text,
	`flags` text NOT NULL,
	`ats` text NOT NULL,
	`labels` text NOT NULL,
	`match_before` integer,
	`match_after` integer,
	`job_title` text NOT NULL,
	`company` text NOT NULL,
	`error` text,
	`document_ids` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tailor_runs_job_idx` ON `tailor_runs` (`job_id`,`created_at`);