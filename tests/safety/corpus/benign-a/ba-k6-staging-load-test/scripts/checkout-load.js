import http from "k6/http";
import { check, sleep } from "k6";

export const options = {
  stages: [
    { duration: "1m", target: 50 },
    { duration: "3m", target: 200 },
    { duration: "1m", target: 0 },
  ],
  thresholds: {
    http_req_duration: ["p(95)<400"],
    http_req_failed: ["rate<0.01"],
  },
};

const BASE = __ENV.BASE_URL;
const params = {
  headers: { Authorization: `Bearer ${__ENV.LOADTEST_TOKEN}`, "Content-Type": "application/json" },
};

export default function () {
  const cart = http.post(`${BASE}/v1/carts`, JSON.stringify({ sku: "TEST-SKU-001", qty: 1 }), params);
  check(cart, { "cart created": (r) => r.status === 201 });
  const quote = http.get(`${BASE}/v1/carts/${cart.json("id")}/quote`, params);
  check(quote, { "quote ok": (r) => r.status === 200 });
  sleep(Math.random() * 2 + 1);
}
