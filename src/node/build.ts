import * as z from 'zod';
import { assembleBundle, toIndex } from '../core/compile.ts';
import { nameProblems } from '../core/rules/name-format.ts';
import { escapeControls } from '../core/terminal.ts';
import { findNameConflict } from '../runtime/verify.ts';
import { BundleSchema, type Bundle } from '../core/schema.ts';
import type { CheckResult } from './pipeline.ts';
import type { OutputFile } from './write.ts';

/** Compiled skills that cannot go into one bundle together (the runtime would refuse it). */
export class BundleContentError extends Error {
  constructor(file: string, problem: string) {
    super(`${escapeControls(file)}: ${problem}`);
    this.name = 'BundleContentError';
  }
}

/** The files `skillpack build` writes, all derived from one successful check. */
export function bundleFiles(result: CheckResult, sourceDateEpoch: string | undefined): { bundle: Bundle; files: OutputFile[] } {
  const records = result.skills.map((skill) => {
    if (!skill.record) throw new Error(`${skill.source.file} was not compiled; run checkPaths with compile: true`);
    return skill.record;
  });
  records.forEach((record, i) => {
    for (const alias of record.aliases) {
      const problems = nameProblems(alias);
      if (problems.length > 0) throw new BundleContentError(result.skills[i]!.source.file, `alias "${escapeControls(alias)}" is not a valid name: ${escapeControls(problems.join('; '))}`);
    }
  });
  const conflict = findNameConflict(records);
  if (conflict) {
    const what = conflict.field === 'name' ? 'name' : 'alias';
    throw new BundleContentError(result.skills[conflict.index]!.source.file, `${what} "${escapeControls(conflict.value)}" also names ${escapeControls(result.skills[conflict.other]!.source.file)}; each name and alias must mean one skill`);
  }
  const bundle = assembleBundle(records, sourceDateEpoch);
  const files: OutputFile[] = [
    { path: 'skills.json', content: `${JSON.stringify(bundle)}\n` },
    { path: 'index.json', content: `${JSON.stringify(toIndex(bundle), null, 2)}\n` },
    { path: 'skills.schema.json', content: `${JSON.stringify(bundleJsonSchema(), null, 2)}\n` },
    ...result.skills.map((skill, i) => ({ path: `skills/${records[i]!.name}.md`, content: skill.source.text ?? '' })),
  ];
  return { bundle, files };
}

export function bundleJsonSchema(): unknown {
  return {
    title: 'Skillpack bundle (format 1)',
    ...(z.toJSONSchema(BundleSchema, { target: 'draft-2020-12' }) as object),
  };
}
