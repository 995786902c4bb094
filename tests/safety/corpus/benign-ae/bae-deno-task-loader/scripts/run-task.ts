const cfg = JSON.parse(await Deno.readTextFile('tasks.json'));
const name = Deno.args[0];
if (!cfg.tasks.includes(name)) throw new Error(`unknown task ${name}`);
const mod = await import(new URL(`../tasks/${name}.ts`, import.meta.url).href);
await mod.default({ cwd: Deno.cwd() });
