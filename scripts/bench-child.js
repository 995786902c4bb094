// Runs one skillpack command in this process, the way bin/skillpack.js does (compiled CLI, compile
// cache), and reports its wall time and peak memory on stderr as JSON. Plain JavaScript, so that
// starting it costs no more than starting the real command.
import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';
import { compiledMain } from '../bin/compiled-cli.js';

enableCompileCache?.();
const root = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
const main = (await compiledMain(root)) ?? (await import('../src/cli/main.ts')).main;

const started = performance.now();
const silent = { write: () => true };
const code = await main(process.argv.slice(2), { stdout: silent, stderr: silent, cwd: process.cwd() });
process.stderr.write(`${JSON.stringify({ code, inProcessMs: performance.now() - started, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
