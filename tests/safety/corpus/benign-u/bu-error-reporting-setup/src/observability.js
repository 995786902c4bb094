const Sentry = require('@sentry/node');

if (process.env.SENTRY_DSN) {
  Sentry.init({
    dsn: process.env.SENTRY_DSN,
    release: process.env.GIT_SHA,
    tracesSampleRate: 0.1,
    sendDefaultPii: false,
    beforeSend(event) {
      if (event.request) {
        delete event.request.cookies;
        delete event.request.query_string;
        if (event.request.headers) delete event.request.headers.authorization;
      }
      return event;
    },
  });
  process.on('unhandledRejection', (e) => Sentry.captureException(e));
}
