// `npm run eval`: how well search picks the right skill for the catalog's trigger queries (train and
// validation splits, with per-skill trigger precision and recall on validation) and the held-out prompts
// in evals/heldout.json. Pass --verbose to list every miss.
import { compileProjectBundle } from '../src/node/project-bundle.ts';
import { evaluateHeldOut, evaluateOffTopic, evaluateTriggers, triggerRates } from '../src/node/evaluate.ts';
import { installNodeTokenizer } from '../src/node/tokenizer.ts';
import { loadBundle } from '../src/runtime/index.ts';

installNodeTokenizer();
const verbose = process.argv.includes('--verbose');
const cwd = process.cwd();
const { bundle: compiled, result } = await compileProjectBundle(cwd);
if (!compiled) {
  console.error('The catalog has errors; run `npx skillpack check` first.');
  process.exit(1);
}
const bundle = await loadBundle(compiled);
const evaluation = evaluateTriggers(bundle, result);
const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

console.log(`Trigger evals: ${evaluation.perSkill.length} skills, ${evaluation.prompts} should-trigger prompts, ${evaluation.nearMisses} near misses`);
console.log(`  top-1 ${percent(evaluation.top1, evaluation.prompts)} (goal 80%)   top-3 ${percent(evaluation.top3, evaluation.prompts)} (goal 95%)   near misses ranked first ${percent(evaluation.falseFirst, evaluation.nearMisses)}`);
const dropped = evaluation.top3WithoutFloor - evaluation.top3;
const floorEffect = dropped > 0 ? `${dropped} on-topic prompts dropped from the top 3` : `no on-topic prompt dropped from the top 3${dropped < 0 ? `; ${-dropped} entered it because weak hits ranked above them were cut` : ''}`;
console.log(`  relevance floor: top-3 ${percent(evaluation.top3WithoutFloor, evaluation.prompts)} without it, ${percent(evaluation.top3, evaluation.prompts)} with it (${floorEffect})`);
const rates = evaluation.perSkill.map(triggerRates);
const mean = (values: Array<number | null>) => {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? 0 : known.reduce((total, value) => total + value, 0) / known.length;
};
const percentOf = (value: number) => `${(100 * value).toFixed(1)}%`;
console.log(`  validation split, per skill (skill picked = ranked first): trigger precision ${percentOf(mean(rates.map((rate) => rate.precision)))}   recall ${percentOf(mean(rates.map((rate) => rate.recall)))} (means over skills)`);
console.log('\nPer skill (worst first):');
const rows = [...evaluation.perSkill].sort((a, b) => a.top1 / a.prompts - b.top1 / b.prompts || a.top3 / a.prompts - b.top3 / b.prompts || a.name.localeCompare(b.name));
const width = Math.max(...rows.map((row) => row.name.length));
for (const row of verbose ? rows : rows.filter((r) => r.top1 < r.prompts || r.falseFirst > 0)) {
  const rate = triggerRates(row);
  const shown = (value: number | null) => (value === null ? '—' : percentOf(value));
  console.log(`  ${row.name.padEnd(width)}  top-1 ${row.top1}/${row.prompts}  top-3 ${row.top3}/${row.prompts}  near-miss first ${row.falseFirst}/${row.nearMisses}  validation precision ${shown(rate.precision)} recall ${shown(rate.recall)}`);
  if (verbose) for (const miss of row.misses) console.log(`      missed: "${miss.prompt}" → ${miss.got.join(', ')}`);
}
if (!verbose) console.log(`  (${rows.filter((r) => r.top1 === r.prompts && r.falseFirst === 0).length} skills with every prompt first and no near miss first are not listed; --verbose lists all)`);

const heldOut = evaluateHeldOut(bundle, cwd);
if (heldOut) {
  console.log(`\nHeld-out prompts (evals/heldout.json): ${heldOut.cases} cases   top-1 ${percent(heldOut.top1, heldOut.cases)}   top-3 ${percent(heldOut.top3, heldOut.cases)}`);
  if (verbose) for (const miss of heldOut.misses) console.log(`      missed ${miss.expected}: "${miss.prompt}" → ${miss.got.join(', ')}`);
}

const offTopic = evaluateOffTopic(bundle, cwd);
if (offTopic) {
  const line = (name: string, part: { queries: number; rejected: number }) => `${name} ${part.rejected}/${part.queries} find nothing (${percent(part.rejected, part.queries)})`;
  console.log(`\nOff-topic requests (evals/off-topic.json): ${line('calibration', offTopic.calibration)}   ${line('validation', offTopic.validation)}`);
  if (verbose) for (const miss of offTopic.accepted) console.log(`      found ${miss.got}: "${miss.query}"`);
}
