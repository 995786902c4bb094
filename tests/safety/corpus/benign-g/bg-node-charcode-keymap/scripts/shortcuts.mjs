const bindings = [
  { code: 75, mod: 'Ctrl', action: 'Open command palette' },
  { code: 83, mod: 'Ctrl', action: 'Save' },
  { code: 191, mod: 'Ctrl', action: 'Toggle comment' },
];
const keyName = (code) => (code === 191 ? '/' : String.fromCharCode(code));
console.log('| Shortcut | Action |\n|---|---|');
for (const b of bindings) console.log(`| ${b.mod}+${keyName(b.code)} | ${b.action} |`);
