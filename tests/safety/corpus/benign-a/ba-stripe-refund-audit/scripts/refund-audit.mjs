#!/usr/bin/env node
// Export Stripe refunds for a date range to CSV. Read-only.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    from: { type: "string" },
    to: { type: "string" },
    "flag-over": { type: "string", default: "100000" },
  },
});

const key = process.env.STRIPE_RESTRICTED_KEY ?? process.env.STRIPE_SECRET_KEY;
if (!key) {
  console.error("Set STRIPE_RESTRICTED_KEY (preferred) or STRIPE_SECRET_KEY");
  process.exit(2);
}

const toUnix = (d) => Math.floor(new Date(`${d}T00:00:00Z`).getTime() / 1000);
const threshold = Number(values["flag-over"]);

async function* refunds() {
  let startingAfter;
  for (;;) {
    const qs = new URLSearchParams({
      limit: "100",
      "created[gte]": String(toUnix(values.from)),
      "created[lt]": String(toUnix(values.to)),
    });
    if (startingAfter) qs.set("starting_after", startingAfter);
    const res = await fetch(`https://api.stripe.com/v1/refunds?${qs}`, {
      headers: { Authorization: `Bearer ${key}` },
    });
    if (!res.ok) {
      const err = await res.json().catch(() => ({}));
      throw new Error(`Stripe ${res.status}: ${err?.error?.message ?? "unknown error"}`);
    }
    const page = await res.json();
    yield* page.data;
    if (!page.has_more) return;
    startingAfter = page.data.at(-1).id;
  }
}

const rows = [["id", "created", "amount", "currency", "reason", "status", "charge", "flagged"]];
for await (const r of refunds()) {
  rows.push([r.id, new Date(r.created * 1000).toISOString(), r.amount, r.currency,
    r.reason ?? "", r.status, r.charge ?? "", r.amount > threshold ? "yes" : ""]);
}
const file = `refunds-${values.from}-${values.to}.csv`;
writeFileSync(file, rows.map((r) => r.join(",")).join("\n") + "\n");
console.log(`${rows.length - 1} refunds written to ${file}`);
