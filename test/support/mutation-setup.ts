// Loaded by Stryker's mocha runner only (stryker.config.json, mochaOptions.require): pins the
// fast-check seed so that every mutant meets the same property-test inputs. A mutant killed only
// by some seeds would otherwise flip between killed and survived from run to run, and incremental
// mode would carry a lucky result forward. `npm test` keeps fresh seeds.
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? 20250101);
process.env.FC_SEED = String(seed); // test/chain/signature.test.ts reads FC_SEED itself
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });

export const mochaHooks = {};
