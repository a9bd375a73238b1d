// The counts `npm test` sums, and its closing line: "N passed, N failed", with ", N skipped" when tests were skipped.

/** Counts of jest's --json report: every suite that could not run counts as one failure. */
function jestCounts(report) {
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + report.numRuntimeErrorTestSuites,
    skipped: report.numPendingTests,
  };
}

/** Counts from the closing lines of node:test's output ("ℹ pass 3", or "# pass 3" from the TAP reporter). */
function nodeTestCounts(text) {
  const count = (word) => {
    const m = [...text.matchAll(new RegExp(`^(?:#|ℹ) ${word} (\\d+)$`, 'gm'))].pop();
    return m ? Number(m[1]) : 0;
  };
  return { passed: count('pass'), failed: count('fail'), skipped: count('skipped') };
}

function closingLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

module.exports = { jestCounts, nodeTestCounts, closingLine };
