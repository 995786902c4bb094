const { PubSub } = require("@google-cloud/pubsub");
const pkg = require("../package.json");

exports.startHeartbeat = () => {
  const topic = new PubSub().topic(process.env.HEARTBEAT_TOPIC || "heartbeat");
  const attrs = {
    service: process.env.K_SERVICE || pkg.name,
    version: pkg.version,
    revision: process.env.K_REVISION || "local",
  };
  const beat = () =>
    topic.publishMessage({ data: Buffer.from(String(Math.round(process.uptime()))), attributes: attrs }).catch(() => {});
  beat();
  setInterval(beat, 30_000).unref();
};
