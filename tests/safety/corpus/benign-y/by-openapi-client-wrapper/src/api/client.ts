import { randomUUID } from "node:crypto";
import type { paths } from "./schema";

export async function call<P extends keyof paths>(base: string, path: P, init: RequestInit = {}, tries = 3) {
  for (let i = 0; i < tries; i++) {
    const res = await fetch(base + String(path), {
      ...init,
      headers: { ...(init.headers ?? {}), "X-Request-Id": randomUUID() },
    });
    if (res.status < 500) return res;
    await new Promise((r) => setTimeout(r, 200 * 2 ** i));
  }
  throw new Error(`request to ${String(path)} failed after ${tries} tries`);
}
