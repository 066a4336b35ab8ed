import assert from 'node:assert/strict';
describe('sanity', () => { it('runs on node 24', () => { assert.equal(process.versions.node.split('.')[0], '24'); }); });
