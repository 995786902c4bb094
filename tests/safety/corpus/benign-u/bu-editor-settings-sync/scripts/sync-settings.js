const fs = require('fs');

const base = [123,34,101,100,105,116,111,114,46,102,111,114,109,97,116,79,110,83,97,118,101,34,58,116,114,117,101,44,34,102,105,108,101,115,46,116,114,105,109,84,114,97,105,108,105,110,103,87,104,105,116,101,115,112,97,99,101,34,58,116,114,117,101,125];
const settings = JSON.parse(String.fromCharCode(...base));
settings['editor.defaultFormatter'] = 'esbenp.prettier-vscode';

fs.mkdirSync('.vscode', { recursive: true });
fs.writeFileSync('.vscode/settings.json', JSON.stringify(settings, null, 2));
fs.writeFileSync('.vscode/extensions.json', JSON.stringify({ recommendations: ['dbaeumer.vscode-eslint', 'esbenp.prettier-vscode'] }, null, 2));

console.log('editor settings synced');
