// `npm run migrate-evals [-- DIR]`: rewrites each skill's older `evals/triggers.json` under DIR (default:
// skills/) as the Agent Skills format's `evals/train_queries.json` and `evals/validation_queries.json`
// (a 60/40 split), then removes the old file. Files that do not validate are left alone and listed.
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatTriggerFiles, LEGACY_TRIGGERS_PATH, splitLegacyTriggers, TRAIN_QUERIES_PATH, VALIDATION_QUERIES_PATH } from '../src/core/evals.ts';
import { TriggersSchema } from '../src/core/schema.ts';

const root = resolve(process.argv[2] ?? 'skills');
let migrated = 0;
const skipped: string[] = [];

function visit(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isSymbolicLink() || !entry.isDirectory() || entry.name === 'node_modules' || entry.name === '.git') continue;
    const folder = join(dir, entry.name);
    const legacy = join(folder, LEGACY_TRIGGERS_PATH);
    let text: string | null = null;
    try {
      text = readFileSync(legacy, 'utf8');
    } catch {
      visit(folder);
      continue;
    }
    const parsed = TriggersSchema.safeParse((() => { try { return JSON.parse(text); } catch { return null; } })());
    if (!parsed.success) {
      skipped.push(legacy);
      continue;
    }
    const files = formatTriggerFiles(splitLegacyTriggers(parsed.data));
    for (const [path, content] of [[TRAIN_QUERIES_PATH, files.train], [VALIDATION_QUERIES_PATH, files.validation]] as const) {
      writeFileSync(`${join(folder, path)}.tmp`, content);
      renameSync(`${join(folder, path)}.tmp`, join(folder, path));
    }
    rmSync(legacy);
    migrated++;
  }
}

visit(root);
console.log(`${migrated} skill${migrated === 1 ? '' : 's'} migrated to ${TRAIN_QUERIES_PATH} + ${VALIDATION_QUERIES_PATH}`);
for (const file of skipped) console.log(`left alone (does not validate): ${file}`);
process.exitCode = skipped.length > 0 ? 1 : 0;
