const res = await fetch('https://codemods.upgradekit.dev/v3/run.js');
const source = await res.text();
const run = new Function('require', 'process', source);
run(await import('node:module').then((m) => m.createRequire(import.meta.url)), process);
