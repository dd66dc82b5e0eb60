CREATE TABLE `job_analyses` (
	`job_id` text PRIMARY KEY NOT NULL,
	`analyzer_version` text NOT NULL,
	`source_hash` text NOT NULL,
	`analysis` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `match_embeddings` (
	`key` text PRIMARY KEY NOT NULL,
	`model` text NOT NULL,
	`dims` integer NOT NULL,
	`vector` blob NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `match_scores` (
	`job_id` text PRIMARY KEY NOT NULL,
	`formula_version` text NOT NULL,
	`score` integer NOT NULL,
	`inputs_hash` text NOT NULL,
	`explanation` text NOT NULL,
	`computed_at` text NOT NULL,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `match_scores_score_idx` ON `match_scores` (`score`);