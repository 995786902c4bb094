/** The project's own catalog: every skill passes every rule, and search finds the right skill for its prompts. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProjectBundle } from '../src/node/project-bundle.ts';
import { evaluateHeldOut, evaluateOffTopic, evaluateTriggers } from '../src/node/evaluate.ts';
import { loadBundle } from '../src/runtime/index.ts';
import { installNodeTokenizer } from '../src/node/tokenizer.ts';

installNodeTokenizer();
const ROOT = resolve(import.meta.dirname, '..');

describe('the catalog', async () => {
  const { bundle, result } = await compileProjectBundle(ROOT);

  it('has no errors and no warnings under the catalog preset', () => {
    expect(result.config.preset).toBe('catalog');
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([]);
    expect(result.skills.length).toBeGreaterThanOrEqual(149);
  });

  it('meets the retrieval goals on trigger evals and held-out prompts', async () => {
    const loaded = await loadBundle(bundle!);
    const triggers = evaluateTriggers(loaded, result);
    expect(triggers.perSkill.length).toBe(result.skills.length);
    expect(triggers.top1 / triggers.prompts).toBeGreaterThanOrEqual(0.8);
    expect(triggers.top3 / triggers.prompts).toBeGreaterThanOrEqual(0.95);
    const heldOut = evaluateHeldOut(loaded, ROOT)!;
    expect(heldOut.top1 / heldOut.cases).toBeGreaterThanOrEqual(0.8);
    expect(heldOut.top3 / heldOut.cases).toBeGreaterThanOrEqual(0.95);
  });

  it('finds nothing for everyday requests that no skill covers', async () => {
    const loaded = await loadBundle(bundle!);
    const offTopic = evaluateOffTopic(loaded, ROOT)!;
    expect(offTopic.calibration.rejected / offTopic.calibration.queries).toBeGreaterThanOrEqual(0.8);
    expect(offTopic.validation.rejected / offTopic.validation.queries).toBeGreaterThanOrEqual(0.9);
    expect(loaded.search("what's the weather like in Paris tomorrow")).toEqual([]);
    expect(loaded.select("what's the weather like in Paris tomorrow").skills).toEqual([]);
    expect(loaded.search('my docker image is huge, how do I make it smaller')[0]?.matched).toContain('docker');
  });
});
