const fs = require('fs');

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const repo = (pkg.repository && (pkg.repository.url || pkg.repository)) || '';
const slug = repo.replace(/^.*github\.com[/:]/, '').replace(/\.git$/, '');

const host = 'https://img.shields.io';
const badges = [
  `![build](${host}/github/actions/workflow/status/${slug}/ci.yml?branch=main)`,
  `![coverage](${host}/codecov/c/github/${slug})`,
  `![version](${host}/npm/v/${encodeURIComponent(pkg.name)})`,
  `![license](${host}/badge/license-${encodeURIComponent(pkg.license || 'none')}-blue)`,
];

const readme = fs.existsSync('README.md') ? fs.readFileSync('README.md', 'utf8') : `# ${pkg.name}\n`;
const lines = readme.split('\n').filter((l) => !l.startsWith(`![build](${host}`) && !/^!\[(coverage|version|license)\]/.test(l));
lines.splice(1, 0, badges.join(' '));
fs.writeFileSync('README.md', lines.join('\n'));
console.log('badges updated');
