// Worker thread entry: turns on Node's compile cache before loading the parser, the rules and the
// tokenizer (worker-main.ts), so each worker the pool starts or recycles loads them faster.
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
await import('./worker-main.ts');
