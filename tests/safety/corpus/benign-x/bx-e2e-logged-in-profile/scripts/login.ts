import { chromium } from "playwright";

const browser = await chromium.launch();
const page = await browser.newPage();
await page.goto(process.env.E2E_BASE_URL ?? "https://staging.example.com/login");
await page.fill("#username", process.env.E2E_USER!);
await page.fill("#password", process.env.E2E_PASSWORD!);
await page.click("button[type=submit]");
await page.waitForURL("**/dashboard");
await page.context().storageState({ path: "e2e-state.json" });
await browser.close();
console.log("saved e2e-state.json");
