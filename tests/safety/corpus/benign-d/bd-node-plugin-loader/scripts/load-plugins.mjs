import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const dir = path.resolve('plugins');
for (const name of pkg.sitePlugins ?? []) {
  const mod = await import(pathToFileURL(path.join(dir, `${name}.mjs`)).href);
  console.log('loaded plugin', name, typeof mod.default);
}
