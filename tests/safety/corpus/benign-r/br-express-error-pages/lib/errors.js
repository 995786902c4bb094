'use strict';
const crypto = require('crypto');

function notFound(req, res) {
  res.status(404).json({ error: 'not_found', requestId: req.id || crypto.randomUUID() });
}

function errorHandler(err, req, res, _next) {
  const status = err.status || 500;
  const body = { error: status >= 500 ? 'internal_error' : err.message, requestId: req.id };
  if (process.env.NODE_ENV !== 'production') body.stack = err.stack;
  req.log?.error({ err, requestId: req.id }, 'request failed');
  res.status(status).json(body);
}

module.exports = { notFound, errorHandler };
