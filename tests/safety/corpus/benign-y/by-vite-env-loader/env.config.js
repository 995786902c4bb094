import { loadEnv } from "vite";

const REQUIRED = ["VITE_API_URL", "VITE_APP_NAME"];

export function typedEnv(mode) {
  const env = loadEnv(mode, process.cwd(), "VITE_");
  const missing = REQUIRED.filter((k) => !env[k]);
  if (missing.length) throw new Error(`Missing env keys: ${missing.join(", ")}`);
  return env;
}
