module.exports = {
  reportUrl: 'https://dash.releasegate.dev/api/v2/preflight',
};
