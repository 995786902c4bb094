#!/usr/bin/env node
// Entry point of the `skillpack` command. In a checkout the sources are TypeScript that Node runs
// directly (type stripping), so there is no build step; the published package ships them compiled to
// lib/ instead, for Node 20 and later. This shim checks that Node is new enough for whichever it runs
// and turns on Node's compile cache, which makes every start after the first noticeably faster.
import { existsSync } from 'node:fs';

const fromSources = existsSync(new URL('../src/cli/main.ts', import.meta.url));
const [major, minor] = process.versions.node.split('.').map(Number);
if (fromSources ? major < 22 || (major === 22 && minor < 18) : major < 20) {
  process.stderr.write(
    `skillpack needs Node.js ${fromSources ? '22.18' : '20'} or newer (found ${process.versions.node}).\n` +
      (fromSources ? "Run it through npm (npx skillpack, npm run ...) so the project's pinned Node is used.\n" : ''),
  );
  process.exit(2);
}

const args = process.argv.slice(2);
const options = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
const helpAsked = options.includes('--help') || options.includes('-h');
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
let main = null;
// Help and version load almost nothing: the sources answer them sooner than a check of the bundle's freshness.
const quick = helpAsked || [undefined, '--version', '-v', 'help'].includes(args[0]);
if (fromSources && !quick) {
  const { compiledMain } = await import('./compiled-cli.js');
  const { fileURLToPath } = await import('node:url');
  main = await compiledMain(fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, ''));
}
main ??= (await import(fromSources ? '../src/cli/main.ts' : '../lib/cli/main.js')).main;
process.exitCode = await main(args);
