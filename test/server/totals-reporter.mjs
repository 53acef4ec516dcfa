import { writeFileSync } from 'node:fs';

// Prints one plain line at the end, `N passed, N failed`, summed over every browser from the runner's own results.
function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) continue;
    if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function totalsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or errored outside a test counts as one failure.
        if (!session.passed && (!session.testResults || (session.errors?.length ?? 0) > 0)) totals.failed++;
      }
      const line = `${totals.passed} passed, ${totals.failed} failed`;
      // scripts/test.sh prints this after the runner exits, so it is the last line of the output.
      if (process.env.GK_TOTALS_FILE) writeFileSync(process.env.GK_TOTALS_FILE, `${line}\n`);
      else process.stdout.write(`\n${line}\n`);
    },
  };
}
