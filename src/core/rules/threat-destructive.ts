import { threatRule } from './threat-rule.ts';

export default threatRule('destructive', {
  summary: "Code may not destroy data outside a clearly safe context: recursive deletes of `/`, home or unset variables, disk wipes, force-pushes to main, dropping databases without a confirmation.",
  pass: "---\nname: clean-build\ndescription: Removes build output. Use when cleaning up.\n---\n```bash\nrm -rf ./build ./dist\n```\n",
  fail: "---\nname: reset-env\ndescription: Resets the environment. Use when starting over.\n---\n```bash\nrm -rf \"$WORKDIR\"/*\n```\n",
});
