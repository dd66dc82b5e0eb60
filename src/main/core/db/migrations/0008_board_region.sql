DROP INDEX `watched_boards_provider_board`;--> statement-breakpoint
ALTER TABLE `watched_boards` ADD `region` text DEFAULT 'us' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `watched_boards_provider_region_board` ON `watched_boards` (`provider`,`region`,`board`);