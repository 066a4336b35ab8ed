// Mocha 12 ships its CLI internals as lib/cli/*.cjs, but @stryker-mutator/mocha-runner 10.0.0
// requires them without an extension (lib/cli/run-helpers, options, collect-files), so the
// runner fails to load ("Cannot find TestRunner plugin \"mocha\""). Upstream fix:
// stryker-mutator/stryker-js#6205 (open as of this writing). Until a release has it, this
// resolution hook maps those three paths to their .cjs files. It is loaded by stryker.config.mjs
// (Stryker's main process) and by testRunnerNodeArgs (its test-runner workers), and by nothing
// else; delete it, and both references, once the runner release supports Mocha 12.
import { registerHooks } from 'node:module';

const MOCHA_CLI = /[\\/]mocha[\\/]lib[\\/]cli[\\/](run-helpers|options|collect-files)$/;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (MOCHA_CLI.test(specifier)) {
      try {
        return nextResolve(specifier, context);
      } catch {
        return nextResolve(`${specifier}.cjs`, context);
      }
    }
    return nextResolve(specifier, context);
  },
});
