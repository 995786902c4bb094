#!/usr/bin/env node
// Entry point of the `skillpack` command. The sources are TypeScript that Node runs directly
// (type stripping), so there is no build step; this shim checks that Node is new enough and turns on
// Node's compile cache, which makes every start after the first noticeably faster.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `skillpack needs Node.js 22.18 or newer (found ${process.versions.node}).\n` +
      "Run it through npm (npx skillpack, npm run ...) so the project's pinned Node is used.\n",
  );
  process.exit(2);
}
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
