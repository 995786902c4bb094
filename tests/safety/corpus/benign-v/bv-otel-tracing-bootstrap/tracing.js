const os = require("os");
const { NodeSDK } = require("@opentelemetry/sdk-node");
const { getNodeAutoInstrumentations } = require("@opentelemetry/auto-instrumentations-node");
const { Resource } = require("@opentelemetry/resources");

new NodeSDK({
  resource: new Resource({
    "service.name": process.env.npm_package_name,
    "service.version": process.env.npm_package_version,
    "host.name": os.hostname(),
  }),
  instrumentations: [getNodeAutoInstrumentations({ "@opentelemetry/instrumentation-fs": { enabled: false } })],
}).start();
