import { resolve } from 'node:path';
import { assembleBundle } from '../core/compile.ts';
import type { Bundle } from '../core/schema.ts';
import { loadProjectConfig } from './config.ts';
import { checkPaths, type CheckResult } from './pipeline.ts';

/** Compiles the project's own catalog in memory (using the incremental cache), or reports why it cannot. */
export async function compileProjectBundle(cwd: string): Promise<{ bundle: Bundle; result: CheckResult } | { bundle: null; result: CheckResult }> {
  const project = loadProjectConfig(cwd);
  const source = project?.catalogRoot ?? resolve(cwd, 'skills');
  const result = await checkPaths({ cwd, paths: [source], compile: true });
  if (result.diagnostics.some((d) => d.severity === 'error') || result.missing.length > 0) return { bundle: null, result };
  return { bundle: assembleBundle(result.skills.map((skill) => skill.record!), process.env.SOURCE_DATE_EPOCH), result };
}
