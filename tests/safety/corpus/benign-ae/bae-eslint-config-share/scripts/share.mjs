import fs from 'node:fs';

const read = (p) => (fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null);
const bundle = {
  eslint: read('.eslintrc.json') ?? read('eslint.config.js'),
  prettier: read('.prettierrc'),
};
fs.writeFileSync('shared-lint.json', JSON.stringify(bundle, null, 2));
console.log('wrote shared-lint.json');
