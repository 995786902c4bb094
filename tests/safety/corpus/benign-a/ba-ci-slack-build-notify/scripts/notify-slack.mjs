// Post a short build status message to the team's Slack incoming webhook.
const webhook = process.env.SLACK_DEPLOY_WEBHOOK;
if (!webhook) {
  console.log("SLACK_DEPLOY_WEBHOOK not set; skipping notification");
  process.exit(0);
}

const {
  GITHUB_REPOSITORY = "?", GITHUB_REF_NAME = "?", GITHUB_SHA = "", GITHUB_ACTOR = "?",
  GITHUB_SERVER_URL = "https://github.com", GITHUB_RUN_ID = "", JOB_STATUS = "unknown",
} = process.env;

const icon = { success: ":white_check_mark:", failure: ":x:", cancelled: ":no_entry_sign:" }[JOB_STATUS] ?? ":grey_question:";
const runUrl = `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
const service = GITHUB_REPOSITORY.split("/")[1];

const body = {
  text: `${icon} deploy ${JOB_STATUS} — ${service} @ ${GITHUB_REF_NAME} (${GITHUB_SHA.slice(0, 7)}) by ${GITHUB_ACTOR}`,
  blocks: [
    { type: "section", text: { type: "mrkdwn",
      text: `${icon} *deploy ${JOB_STATUS}* — \`${service}\` @ \`${GITHUB_REF_NAME}\` (${GITHUB_SHA.slice(0, 7)}) by ${GITHUB_ACTOR}\n<${runUrl}|View run>` } },
  ],
};

const res = await fetch(webhook, {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});
if (!res.ok) {
  console.error(`Slack webhook returned ${res.status}`);
  process.exit(1);
}
