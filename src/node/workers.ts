import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LintConfig } from '../core/config.ts';
import type { SkillJob, SkillOutcome } from './process.ts';

/** The worker's entry beside this file: TypeScript in a checkout, JavaScript in the published package. */
const WORKER_FILE = import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js';

/** Below this many skills to parse, starting workers (each loads the parser and tokenizer) costs more than it saves; frontmatter-only runs never use them. */
export const WORKER_THRESHOLD = 300;
/** Skills per message: small enough to keep memory flat, large enough to keep messaging cheap. */
export const BATCH_SIZE = 32;
/**
 * Skills a worker parses before it is replaced by a fresh one. The native Markdown parser keeps some
 * memory per document until its thread exits; recycling workers keeps a large run's memory flat.
 */
export const RECYCLE_AFTER = 1600;

/**
 * Lets the event loop turn once. The native Markdown parser's buffers are freed by finalizers that Node runs
 * only from the event loop, so a run that never yields (checking skill after skill synchronously) keeps every
 * buffer it ever parsed until it ends: hundreds of megabytes on a large tree.
 */
export function settleNativeMemory(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Threads to use: SKILLPACK_THREADS when set, else the machine's parallelism, at most 8. */
export function threadCount(): number {
  const requested = Number(process.env.SKILLPACK_THREADS);
  if (Number.isInteger(requested) && requested >= 1) return requested;
  return Math.min(availableParallelism(), 8);
}

export interface WorkerSettings {
  config: LintConfig;
  compile: boolean;
  markdown: boolean;
}

export interface PoolOptions {
  /** Skills a worker parses before it is replaced (default RECYCLE_AFTER). */
  recycleAfter?: number;
}

interface Slot {
  worker: Worker;
  outstanding: number;
  /** Skills sent to this worker so far. */
  assigned: number;
  waiting: Map<number, { resolve: (outcomes: SkillOutcome[]) => void; reject: (error: Error) => void }>;
}

/**
 * Heap limits per worker: generous for one batch of skills (each file is at most 1 MiB), small enough
 * that garbage is collected early instead of piling up to the machine-wide default. The young generation is
 * kept small too: left to grow, it took about 150 MB more per worker, for no measurable gain in time.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 12 };

/** Where the compiled CLI (bin/compiled-cli.js) puts the prose rules' folded phrases and prefilters, read once at start. */
const PHRASE_DATA_KEYS = ['skillpack.foldedPhrases', 'skillpack.phrasePrefilters'];

/** The prose rules' data this thread was handed at start, handed on to a worker (worker.ts) so it need not build it again. */
function phraseData(): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const key of PHRASE_DATA_KEYS) {
    const value = (globalThis as Record<symbol, unknown>)[Symbol.for(key)];
    if (value !== undefined) data[key] = value;
  }
  return data;
}

/** Batches a worker may hold at once; the main thread waits (reading no further) when all are full. */
const MAX_OUTSTANDING = 2;

/**
 * Worker threads that parse, lint and compile batches of skills. The main thread keeps reading files
 * while they work, each batch goes to the least busy worker, and a worker that has parsed
 * RECYCLE_AFTER skills finishes its batches and is replaced.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly stopping: Promise<number>[] = [];
  private readonly settings: WorkerSettings;
  private readonly capacityWaiters: Array<() => void> = [];
  private readonly recycleAfter: number;
  private nextId = 0;
  private failure: Error | null = null;
  /** Workers started so far, replacements included. */
  started = 0;

  constructor(size: number, settings: WorkerSettings, options: PoolOptions = {}) {
    this.settings = settings;
    this.recycleAfter = options.recycleAfter ?? RECYCLE_AFTER;
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  private start(): Slot {
    const worker = new Worker(new URL(WORKER_FILE, import.meta.url), { workerData: { ...this.settings, phraseData: phraseData() }, resourceLimits: WORKER_LIMITS });
    const slot: Slot = { worker, outstanding: 0, assigned: 0, waiting: new Map() };
    this.started++;
    worker.on('message', ({ id, outcomes }: { id: number; outcomes: SkillOutcome[] }) => {
      const waiter = slot.waiting.get(id);
      slot.waiting.delete(id);
      slot.outstanding--;
      if (slot.outstanding === 0 && slot.assigned >= this.recycleAfter) this.replace(slot);
      waiter?.resolve(outcomes);
      this.capacityWaiters.shift()?.();
    });
    const failAll = (error: Error) => {
      this.failure = error;
      for (const waiter of slot.waiting.values()) waiter.reject(error);
      slot.waiting.clear();
      for (const wake of this.capacityWaiters.splice(0)) wake();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => {
      if (slot.waiting.size > 0) failAll(new Error(`worker stopped with exit code ${code}`));
    });
    return slot;
  }

  private replace(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.stopping.push(slot.worker.terminate());
    this.slots[index] = this.start();
  }

  private available(): Slot | undefined {
    let best: Slot | undefined;
    for (const slot of this.slots) {
      if (slot.assigned >= this.recycleAfter || slot.outstanding >= MAX_OUTSTANDING) continue;
      if (!best || slot.outstanding < best.outstanding) best = slot;
    }
    return best;
  }

  /** Sends a batch to a worker, first waiting until one has room; `done` settles with the outcomes. */
  async submit(jobs: SkillJob[]): Promise<{ done: Promise<SkillOutcome[]> }> {
    let slot = this.available();
    while (!slot) {
      if (this.failure) throw this.failure;
      await new Promise<void>((wake) => this.capacityWaiters.push(wake));
      slot = this.available();
    }
    const chosen = slot;
    const id = this.nextId++;
    chosen.outstanding++;
    chosen.assigned += jobs.length;
    const done = new Promise<SkillOutcome[]>((resolve, reject) => {
      chosen.waiting.set(id, { resolve, reject });
    });
    chosen.worker.postMessage({ id, jobs });
    return { done };
  }

  async close(): Promise<void> {
    await Promise.all([...this.stopping, ...this.slots.map((slot) => slot.worker.terminate())]);
  }
}
