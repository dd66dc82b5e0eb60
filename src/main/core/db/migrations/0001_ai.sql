CREATE TABLE `ai_activity` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` text NOT NULL,
	`task` text NOT NULL,
	`provider_id` text NOT NULL,
	`provider_kind` text NOT NULL,
	`model` text NOT NULL,
	`sent` text NOT NULL,
	`received` text NOT NULL,
	`input_tokens` integer NOT NULL,
	`output_tokens` integer NOT NULL,
	`cost_usd` real,
	`latency_ms` integer NOT NULL,
	`first_token_ms` integer,
	`outcome` text NOT NULL,
	`error_code` text,
	`error_message` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ai_activity_created_at` ON `ai_activity` (`created_at`);--> statement-breakpoint
CREATE INDEX `ai_activity_request` ON `ai_activity` (`request_id`);