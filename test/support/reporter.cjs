'use strict';
// Mocha's spec reporter plus the closing line CI reads: exactly "N passed, N failed" (skipped
// tests, if any, are counted on the line before it).
const Mocha = require('mocha');

class SpecWithTotals extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const { passes, failures, pending } = runner.stats;
      const skipped = pending > 0 ? `${pending} skipped\n` : '';
      // Printed after the spec reporter's own epilogue so that it is the very last line.
      process.on('exit', () => process.stdout.write(`${skipped}${passes} passed, ${failures} failed\n`));
    });
  }
}

module.exports = SpecWithTotals;
