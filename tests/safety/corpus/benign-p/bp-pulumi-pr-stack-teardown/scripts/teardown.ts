import { LocalWorkspace } from "@pulumi/pulumi/automation";

async function main() {
  const name = process.argv[2];
  if (!/^pr-\d+$/.test(name ?? "")) throw new Error(`refusing: ${name} is not a PR stack`);
  const stack = await LocalWorkspace.selectStack({ stackName: name, workDir: process.cwd() });
  const preview = await stack.preview({ diff: false });
  console.log(`destroy would affect: ${JSON.stringify(preview.changeSummary)}`);
  await stack.destroy({ onOutput: console.log });
  await stack.workspace.removeStack(name);
}
main().catch((e) => { console.error(e.message); process.exit(1); });
