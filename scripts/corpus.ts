// Synthetic skills of realistic size and shape (~10 KB: headings, prose, lists, code fences, a table,
// relative links to a reference file), used by the benchmark.
import { formatTriggerFiles, splitLegacyTriggers, TRAIN_QUERIES_PATH, VALIDATION_QUERIES_PATH } from '../src/core/evals.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = (
  'request response cache queue retry timeout deploy build container cluster index query schema migrate ' +
  'token stream buffer worker thread lock commit branch review test fixture mock assert metric trace span ' +
  'budget latency throughput replica shard partition vector embedding prompt model dataset pipeline'
).split(' ');

function prng(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

function sentence(random: () => number, length: number): string {
  const words = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]!);
  return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

export function skillMarkdown(name: string, index: number): string {
  const random = prng(index + 1);
  const sections: string[] = [];
  for (let s = 0; s < 9; s++) {
    const paragraph = Array.from({ length: 4 }, () => sentence(random, 10 + Math.floor(random() * 8))).join(' ');
    const list = Array.from({ length: 4 }, (_, i) => `${i + 1}. ${sentence(random, 8)} See [the guide](references/guide.md#step-${s}).`).join('\n');
    const code =
      s % 2 === 0
        ? `\`\`\`python\ndef step_${s}(items: list[int]) -> int:\n    total = 0\n    for item in items:\n        total += item * ${s + 1}\n    return total\n\`\`\``
        : `\`\`\`bash\nset -euo pipefail\nfor f in ./data/*.json; do\n  jq '.items | length' "$f"\ndone\n\`\`\``;
    const table = s % 3 === 0 ? `\n\n| option | default | effect |\n|---|---|---|\n| \`retries\` | ${s} | ${sentence(random, 5)} |\n| \`timeout\` | ${s * 10}s | ${sentence(random, 5)} |` : '';
    sections.push(`## Section ${s + 1}: ${sentence(random, 3).slice(0, -1)}\n\n${paragraph}\n\n${list}\n\n${code}${table}`);
  }
  return `---\nname: ${name}\ndescription: ${sentence(random, 20)} Use when ${sentence(random, 8).toLowerCase()}\nlicense: MIT\nmetadata:\n  tags: ${WORDS[index % WORDS.length]} ${WORDS[(index * 7) % WORDS.length]} synthetic\n---\n\n# ${name}\n\n${sections.join('\n\n')}\n`;
}

/** Writes `count` skills as `<tree>/<category>/<name>/SKILL.md` with a reference file and trigger evals. */
export function generateCorpus(tree: string, count: number): void {
  for (let i = 0; i < count; i++) {
    const name = `synthetic-skill-${i}`;
    const dir = join(tree, `category-${i % 20}`, name);
    mkdirSync(join(dir, 'references'), { recursive: true });
    mkdirSync(join(dir, 'evals'), { recursive: true });
    writeFileSync(join(dir, 'SKILL.md'), skillMarkdown(name, i));
    writeFileSync(join(dir, 'references', 'guide.md'), `# Guide\n\n${Array.from({ length: 9 }, (_, s) => `## Step ${s}\n\nDetails for step ${s}.`).join('\n\n')}\n`);
    const triggers = formatTriggerFiles(splitLegacyTriggers({ should_trigger: ['a', 'b', 'c', 'd', 'e'].map((x) => `${name} task ${x}`), should_not_trigger: ['x', 'y', 'z'] }));
    writeFileSync(join(dir, TRAIN_QUERIES_PATH), triggers.train);
    writeFileSync(join(dir, VALIDATION_QUERIES_PATH), triggers.validation);
  }
}
