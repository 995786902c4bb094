// `npm run migrate-evals [-- DIR]`: rewrites each skill's older `evals/triggers.json` under DIR (default:
// skills/) as the Agent Skills format's `evals/train_queries.json` and `evals/validation_queries.json`
// (a 60/40 split), then removes the old file. Files that do not validate, and links, are left alone and
// listed; nothing is written through a link.
import { lstatSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatTriggerFiles, LEGACY_TRIGGERS_PATH, splitLegacyTriggers, TRAIN_QUERIES_PATH, VALIDATION_QUERIES_PATH } from '../src/core/evals.ts';
import { TriggersSchema } from '../src/core/schema.ts';
import { escapeControls } from '../src/core/terminal.ts';

const root = resolve(process.argv[2] ?? 'skills');
let migrated = 0;
const skipped: string[] = [];

function visit(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isSymbolicLink() || !entry.isDirectory() || entry.name === 'node_modules' || entry.name === '.git') continue;
    const folder = join(dir, entry.name);
    const legacy = join(folder, LEGACY_TRIGGERS_PATH);
    let kind: 'file' | 'other' | 'none' = 'none';
    try {
      const stats = lstatSync(legacy);
      // The evals folder itself must not be a link either: the new files are written beside the old one.
      kind = stats.isFile() && !lstatSync(dirname(legacy)).isSymbolicLink() ? 'file' : 'other';
    } catch {
      kind = 'none';
    }
    if (kind === 'none') {
      visit(folder);
      continue;
    }
    if (kind === 'other') {
      skipped.push(`left alone (not a regular file): ${legacy}`);
      continue;
    }
    let data: unknown = null;
    try {
      data = JSON.parse(readFileSync(legacy, 'utf8'));
    } catch {
      data = null;
    }
    const parsed = TriggersSchema.safeParse(data);
    if (!parsed.success) {
      skipped.push(`left alone (does not validate): ${legacy}`);
      continue;
    }
    const files = formatTriggerFiles(splitLegacyTriggers(parsed.data));
    for (const [path, content] of [[TRAIN_QUERIES_PATH, files.train], [VALIDATION_QUERIES_PATH, files.validation]] as const) {
      // A fresh temporary file (whatever stood there, a link included, is removed, never written
      // through), then renamed over the target, which replaces a link rather than following it.
      const temporary = `${join(folder, path)}.tmp`;
      rmSync(temporary, { force: true });
      writeFileSync(temporary, content, { flag: 'wx' });
      renameSync(temporary, join(folder, path));
    }
    rmSync(legacy);
    migrated++;
  }
}

visit(root);
console.log(`${migrated} skill${migrated === 1 ? '' : 's'} migrated to ${TRAIN_QUERIES_PATH} + ${VALIDATION_QUERIES_PATH}`);
for (const line of skipped) console.log(escapeControls(line));
process.exitCode = skipped.length > 0 ? 1 : 0;
