#!/usr/bin/env node
// The installed entry point. The CLI is TypeScript run by Node 24's type stripping; npm scripts
// get Node 24 from the `node` dev dependency.
await import('../src/cli/main.ts');
