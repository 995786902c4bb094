import { readdirSync, writeFileSync } from "node:fs";
const refs = readdirSync("packages").map((p) => ({ path: `packages/${p}` }));
writeFileSync("tsconfig.json", JSON.stringify({ files: [], references: refs }, null, 2) + "\n");
console.log(`linked ${refs.length} packages`);
