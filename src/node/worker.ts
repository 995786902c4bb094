// Worker thread entry: turns on Node's compile cache before loading the parser, the rules and the
// tokenizer (worker-main.ts), so each worker the pool starts or recycles loads them faster.
import { enableCompileCache } from 'node:module';
import { workerData } from 'node:worker_threads';

enableCompileCache?.();
// The prose rules' data the pool handed on (see `phraseData` in workers.ts), put where the rules look for it before they load.
for (const [key, value] of Object.entries((workerData as { phraseData?: Record<string, unknown> }).phraseData ?? {})) (globalThis as Record<symbol, unknown>)[Symbol.for(key)] ??= value;
await import('./worker-main.ts');
