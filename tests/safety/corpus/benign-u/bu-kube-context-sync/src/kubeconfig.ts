import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function contextNames(): string[] {
  const path = process.env.KUBECONFIG ?? join(homedir(), '.kube', 'config');
  const raw = readFileSync(path, 'utf8');
  return [...raw.matchAll(/^- context:[\s\S]*?\n  name: (.+)$/gm)].map((m) => m[1]);
}
