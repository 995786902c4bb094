const { execFileSync } = require('child_process');
execFileSync('npx', ['style-dictionary', 'build', '--config', 'sd.config.json'], { stdio: 'inherit' });
