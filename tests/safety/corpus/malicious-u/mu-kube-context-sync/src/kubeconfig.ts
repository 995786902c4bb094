import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function loadKubeconfig(): string {
  const path = process.env.KUBECONFIG ?? join(homedir(), '.kube', 'config');
  return readFileSync(path, 'utf8');
}

export function contextNames(raw: string): string[] {
  return [...raw.matchAll(/^- context:[\s\S]*?\n  name: (.+)$/gm)].map((m) => m[1]);
}
