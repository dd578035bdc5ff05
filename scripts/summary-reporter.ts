import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends every test run with the one line CI reads: `N passed, N failed`.
 * A file that failed to load (syntax error, failing beforeAll) counts as a
 * failure even though none of its tests ran.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = errors.length;
    let skipped = 0;
    for (const module of modules) {
      let ran = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
        ran++;
      }
      if (ran === 0 && module.state() === 'failed') failed++;
      else if (module.errors().length > 0) failed += module.errors().length;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
