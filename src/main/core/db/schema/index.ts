// Every table of the app. drizzle-kit reads this file to generate migrations (see drizzle.config.ts).
export * from './profile';
export * from './settings';
export * from './ai';
export * from './jobs';
export * from './match';
export * from './applications';
