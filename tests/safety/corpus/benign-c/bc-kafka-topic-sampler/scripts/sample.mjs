import { Kafka } from "kafkajs";

const [topic, n = "10"] = process.argv.slice(2);
const brokers = (process.env.KAFKA_BROKERS ?? "localhost:9092").split(",");
const sasl = process.env.KAFKA_USERNAME
  ? { mechanism: "scram-sha-512", username: process.env.KAFKA_USERNAME, password: process.env.KAFKA_PASSWORD }
  : undefined;

const kafka = new Kafka({ clientId: "topic-sampler", brokers, ssl: !!sasl, sasl });
const consumer = kafka.consumer({ groupId: `sampler-${Date.now()}` });

await consumer.connect();
await consumer.subscribe({ topic, fromBeginning: false });
let seen = 0;
await consumer.run({
  autoCommit: false,
  eachMessage: async ({ partition, message }) => {
    const value = message.value?.toString() ?? "";
    console.log(`[p${partition} @${message.offset}] ${value.slice(0, 500)}`);
    if (++seen >= Number(n)) {
      await consumer.disconnect();
      process.exit(0);
    }
  },
});
