// Mutation testing of the Tendermint machine (`npm run mutation:consensus`, see docs/testing.md):
// the project's setup, mutating src/consensus and running the consensus tests (scenarios, the
// model-based replay of the Quint traces, the validator-set tests). Not incremental: it takes
// about five minutes.
import base from './stryker.config.mjs';

export default {
  ...base,
  mutate: ['src/consensus/**/*.ts'],
  mochaOptions: { ...base.mochaOptions, spec: ['test/consensus/**/*.test.ts'] },
  incremental: false,
  htmlReporter: { fileName: 'reports/mutation-consensus/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation-consensus/mutation.json' },
};
