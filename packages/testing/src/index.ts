export * from './databases.ts';
export * from './test-env.ts';
export * from './wait.ts';
