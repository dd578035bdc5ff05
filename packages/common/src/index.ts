export * from './errors.ts';
export * from './config.ts';
export * from './logger.ts';
export * from './db.ts';
export * from './migrate.ts';
export * from './redis.ts';
export * from './run-main.ts';
