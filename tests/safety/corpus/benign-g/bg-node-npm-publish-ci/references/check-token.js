if (!process.env.NODE_AUTH_TOKEN && !process.env.NPM_TOKEN) {
  console.error('No npm token in the environment; set NODE_AUTH_TOKEN in CI.');
  process.exit(1);
}
console.log('npm token present');
