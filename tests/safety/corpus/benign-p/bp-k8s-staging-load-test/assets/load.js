import http from "k6/http";
import { sleep } from "k6";
export const options = {
  stages: [{ duration: "5m", target: 200 }, { duration: "10m", target: 200 }, { duration: "2m", target: 0 }],
  thresholds: { http_req_duration: ["p(95)<400"] },
};
export default function () {
  http.get(`${__ENV.TARGET}/products?page=${Math.ceil(Math.random() * 50)}`);
  sleep(1);
}
