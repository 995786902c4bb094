#!/usr/bin/env node
// Prints a modular type scale as CSS custom properties. No dependencies.
const USAGE = `usage: node scripts/type_scale.mjs [RATIO] [--base PX]

RATIO is the step between sizes (default 1.25, major third; 1.2 minor third, 1.333 perfect fourth).
--base is the body size in px (default 16). Roles run from caption (2 steps down) to display
(6 steps up); sizes under 12 px are flagged, since they are too small for UI text.`;

const ROLES = [
  ["caption", -2, 1.4], ["body-sm", -1, 1.5], ["body", 0, 1.5],
  ["h4", 1, 1.4], ["h3", 2, 1.3], ["h2", 3, 1.2], ["h1", 4, 1.15], ["display", 6, 1.1],
];

function fail(message) {
  console.error(`type_scale: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log(USAGE);
  process.exit(0);
}
let ratio = 1.25;
let basePx = 16;
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === "--base") {
    basePx = Number(args[i + 1]);
    i += 1;
    if (!Number.isFinite(basePx) || basePx < 8 || basePx > 32) fail("--base must be a size in px between 8 and 32");
  } else if (/^[0-9.]+$/.test(args[i])) {
    ratio = Number(args[i]);
    if (!Number.isFinite(ratio) || ratio <= 1 || ratio > 2) fail(`ratio ${args[i]} must be above 1 and at most 2`);
  } else fail(`unexpected argument '${args[i]}'\n${USAGE}`);
}

for (const [name, step, lineHeight] of ROLES) {
  const px = basePx * ratio ** step;
  const flag = px < 12 ? " /* below 12px: clamp for UI text */" : "";
  console.log(`--font-size-${name}: ${(px / 16).toFixed(3)}rem; /* ${px.toFixed(1)}px */ --line-height-${name}: ${lineHeight};${flag}`);
}
