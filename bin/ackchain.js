#!/usr/bin/env node
// The installed entry point. The CLI is TypeScript run by Node 24's type stripping; npm scripts
// and npx get Node 24 from the `node` dev dependency. An older Node is told so in one line.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(`error: ackchain needs Node 24 or newer; this is Node ${process.versions.node}. Run it as "npx ackchain ..." from the project folder (npm install brings Node 24).\n`);
  process.exit(1);
}
await import('../src/cli/main.ts');
