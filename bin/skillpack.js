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

// Commands that check skills parse code with tree-sitter's WebAssembly grammars. Their parse tables
// are a few huge functions that V8 would optimise once they run hot, which takes seconds and
// hundreds of MiB per thread (and a process waits for it before exiting), far more than the faster
// code saves; V8 takes that choice only at start-up, so these commands run in a Node started with
// --liftoff-only (WebAssembly on the baseline compiler alone).
// A request for a command's help checks nothing.
const CHECKING = new Set(['check', 'build', 'search', 'prompt', 'install', 'update', 'mcp']);
const args = process.argv.slice(2);
const options = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
const helpAsked = options.includes('--help') || options.includes('-h');
if (CHECKING.has(args[0]) && !helpAsked && !process.execArgv.includes('--liftoff-only')) {
  const { spawn } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const child = spawn(process.execPath, [...process.execArgv, '--liftoff-only', fileURLToPath(import.meta.url), ...args], { stdio: 'inherit' });
  // Whoever stops this process stops the check too.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    process.stderr.write(`skillpack: cannot start Node: ${error.message}\n`);
    process.exit(2);
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      for (const name of signals) process.removeAllListeners(name);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
} else {
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
}
