const { loadEnv } = require('../lib/load');
const { validate } = require('../lib/schema');
const env = loadEnv(process.argv[2] || '.env');
validate(env).then((errors) => {
  errors.forEach((e) => console.error('x', e));
  process.exit(errors.length ? 1 : 0);
});
