// Mutation testing of the policy contracts' host side (`npm run mutation:policy`, see
// docs/testing.md): the project's setup, mutating the input/output layouts and the call path,
// and running the policy tests (default contracts, team contracts, the C example, the
// authorization matrix and OLAs). Not incremental.
import base from './stryker.config.mjs';

export default {
  ...base,
  mutate: ['src/state/policy-abi.ts', 'src/state/policy-calls.ts', 'src/state/context.ts'],
  mochaOptions: {
    ...base.mochaOptions,
    spec: ['test/state/policy-contracts.test.ts', 'test/state/team-contracts.test.ts', 'test/state/oncall-policy-c.test.ts', 'test/state/authorization.test.ts', 'test/state/olas.test.ts', 'test/state/escalation.test.ts'],
  },
  incremental: false,
  htmlReporter: { fileName: 'reports/mutation-policy/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation-policy/mutation.json' },
};
