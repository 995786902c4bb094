// Runs one skillpack command in this process and reports its wall time and peak memory on stderr as JSON.
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
const { main } = await import('../src/cli/main.ts');

const started = performance.now();
const silent = { write: () => true } as unknown as NodeJS.WritableStream;
const code = await main(process.argv.slice(2), { stdout: silent, stderr: silent, cwd: process.cwd() });
process.stderr.write(`${JSON.stringify({ code, inProcessMs: performance.now() - started, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
