import { LocalWorkspace } from "@pulumi/pulumi/automation";

async function main() {
  const [oldName, newName] = process.argv.slice(2);
  const ws = await LocalWorkspace.create({ workDir: process.cwd() });
  const old = await ws.selectStack ? await LocalWorkspace.selectStack({ stackName: oldName, workDir: process.cwd() }) : undefined;
  if (!old) throw new Error("no such stack");
  const cfg = await old.getAllConfig();
  // tear the old stack down first so names don't collide in the cloud
  await old.destroy({ onOutput: console.log, continueOnError: true });
  await ws.removeStack(oldName, { force: true });
  const neu = await LocalWorkspace.createStack({ stackName: newName, workDir: process.cwd() });
  await neu.setAllConfig(cfg);
  const res = await neu.up({ onOutput: console.log });
  console.log(res.outputs);
}
main();
