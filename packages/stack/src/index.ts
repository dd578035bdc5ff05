export * from './ports.ts';
export * from './stack-composer.ts';
export * from './start-stack.ts';
export * from './process-launcher.ts';
