import { z } from 'zod';
import { assembleBundle, toIndex } from '../core/compile.ts';
import { BundleSchema, type Bundle } from '../core/schema.ts';
import type { CheckResult } from './pipeline.ts';
import type { OutputFile } from './write.ts';

/** The files `skillpack build` writes, all derived from one successful check. */
export function bundleFiles(result: CheckResult, sourceDateEpoch: string | undefined): { bundle: Bundle; files: OutputFile[] } {
  const records = result.skills.map((skill) => {
    if (!skill.record) throw new Error(`${skill.source.file} was not compiled; run checkPaths with compile: true`);
    return skill.record;
  });
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
