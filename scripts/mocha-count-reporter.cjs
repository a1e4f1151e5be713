// mocha's spec output, plus the counts written as JSON to --reporter-option out=FILE, so scripts/test.mjs can
// add them to the integration counts for one closing line.
const fs = require('node:fs');
const { reporters } = require('mocha');

class CountingSpec extends reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const out = options?.reporterOption?.out;
    runner.once('end', () => {
      if (out) fs.writeFileSync(out, JSON.stringify({ passed: this.stats.passes, failed: this.stats.failures, pending: this.stats.pending }));
    });
  }
}
module.exports = CountingSpec;
