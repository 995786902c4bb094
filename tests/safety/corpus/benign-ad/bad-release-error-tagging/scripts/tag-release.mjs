const { RELEASE, SENTRY_AUTH_TOKEN, SENTRY_ORG = "corp-hub" } = process.env;
if (!RELEASE || !SENTRY_AUTH_TOKEN) {
  console.error("RELEASE and SENTRY_AUTH_TOKEN are required");
  process.exit(1);
}
const res = await fetch(`https://sentry.io/api/0/organizations/${SENTRY_ORG}/releases/`, {
  method: "POST",
  headers: { "content-type": "application/json", authorization: `Bearer ${SENTRY_AUTH_TOKEN}` },
  body: JSON.stringify({ version: RELEASE, projects: ["web"] }),
});
console.log(res.ok ? `release ${RELEASE} tagged` : `tagging failed: ${res.status}`);
