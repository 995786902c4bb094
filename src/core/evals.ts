// A skill's evaluations in the Agent Skills format: trigger queries (`{query, should_trigger}`) split
// 60/40 into a train and a validation file, and optional output test cases in `evals/evals.json`.
// The catalog's older `evals/triggers.json` is still read, split the same way, until it is migrated.
import * as z from 'zod';
import { TriggersSchema } from './schema.ts';

export const TRAIN_QUERIES_PATH = 'evals/train_queries.json';
export const VALIDATION_QUERIES_PATH = 'evals/validation_queries.json';
export const EVAL_CASES_PATH = 'evals/evals.json';
/** The older format: `{should_trigger: [...], should_not_trigger: [...]}`. */
export const LEGACY_TRIGGERS_PATH = 'evals/triggers.json';

/** One request to an agent, and whether it should make the agent load the skill. */
export const TriggerQuerySchema = z.strictObject({
  /** A realistic request, written the way a user would type it. */
  query: z.string().trim().min(1, 'a query must not be empty'),
  /** true: the skill should be loaded for it; false: a near miss that belongs elsewhere. */
  should_trigger: z.boolean({ error: 'should_trigger must be true or false' }),
});
export const TriggerQueriesSchema = z.array(TriggerQuerySchema);
export type TriggerQuery = z.infer<typeof TriggerQuerySchema>;

/** `evals/evals.json`: what the skill should produce for given prompts. */
export const EvalCasesSchema = z.strictObject({
  /** The `name` of the skill these cases test. */
  skill_name: z.string().min(1),
  evals: z.array(
    z.strictObject({
      /** Unique within the file. */
      id: z.union([z.number().int(), z.string().min(1)]),
      /** The task given to the agent. */
      prompt: z.string().trim().min(1),
      /** What a good result looks like, in words. */
      expected_output: z.string().trim().min(1),
      /** Input files, relative to the skill folder. */
      files: z.array(z.string().min(1)).optional(),
      /** Checks a grader applies to the output. */
      assertions: z.array(z.string().trim().min(1)).optional(),
    }),
  ),
});
export type EvalCases = z.infer<typeof EvalCasesSchema>;

export interface TriggerSet {
  train: TriggerQuery[];
  validation: TriggerQuery[];
  /** Read from the older `evals/triggers.json`. */
  legacy: boolean;
}

/** Which of a list's entries go to validation: two of every five, spread through the list (40 %). */
export function isValidationIndex(index: number): boolean {
  return index % 5 === 1 || index % 5 === 3;
}

/** Splits the older format's two lists 60/40 into train and validation queries. */
export function splitLegacyTriggers(triggers: z.infer<typeof TriggersSchema>): TriggerSet {
  const set: TriggerSet = { train: [], validation: [], legacy: true };
  const add = (queries: readonly string[], shouldTrigger: boolean) =>
    queries.forEach((query, index) => (isValidationIndex(index) ? set.validation : set.train).push({ query, should_trigger: shouldTrigger }));
  add(triggers.should_trigger, true);
  add(triggers.should_not_trigger, false);
  return set;
}

/**
 * A skill's trigger queries from its files (the new pair if present, else the older file), or null
 * when there are none or they do not parse; the `evals-triggers` rule reports what is wrong.
 */
export function readTriggerSet(resourceTexts: Readonly<Record<string, string>>): TriggerSet | null {
  const train = resourceTexts[TRAIN_QUERIES_PATH];
  const validation = resourceTexts[VALIDATION_QUERIES_PATH];
  try {
    if (train !== undefined && validation !== undefined) {
      return { train: TriggerQueriesSchema.parse(JSON.parse(train)), validation: TriggerQueriesSchema.parse(JSON.parse(validation)), legacy: false };
    }
    const legacy = resourceTexts[LEGACY_TRIGGERS_PATH];
    return legacy === undefined ? null : splitLegacyTriggers(TriggersSchema.parse(JSON.parse(legacy)));
  } catch {
    return null;
  }
}

/** The two files of the Agent Skills format, as written by `skillpack new` and the migration. */
export function formatTriggerFiles(set: Pick<TriggerSet, 'train' | 'validation'>): { train: string; validation: string } {
  const format = (queries: readonly TriggerQuery[]) => `[\n${queries.map((query) => `  ${JSON.stringify({ query: query.query, should_trigger: query.should_trigger })}`).join(',\n')}\n]\n`;
  return { train: format(set.train), validation: format(set.validation) };
}
