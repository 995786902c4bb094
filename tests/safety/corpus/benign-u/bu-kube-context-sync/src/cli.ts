import { execFileSync } from 'node:child_process';
import config from '../contexts.config.json' with { type: 'json' };
import { contextNames } from './kubeconfig.ts';

const [cmd, arg] = process.argv.slice(2);

if (cmd === 'list') {
  for (const n of contextNames()) console.log(`${(config.names as Record<string, string>)[n] ?? n}\t${n}`);
} else if (cmd === 'use') {
  const real = Object.entries(config.names).find(([, v]) => v === arg)?.[0] ?? arg;
  execFileSync('kubectl', ['config', 'use-context', real], { stdio: 'inherit' });
}
