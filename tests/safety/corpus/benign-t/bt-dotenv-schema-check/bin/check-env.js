const { loadEnv } = require('../lib/load');
const { validate } = require('../lib/schema');
const errors = validate(loadEnv(process.argv[2] || '.env'));
errors.forEach((e) => console.error('x', e));
process.exit(errors.length ? 1 : 0);
