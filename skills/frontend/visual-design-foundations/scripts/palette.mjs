#!/usr/bin/env node
// Builds an 11-step OKLCH tonal palette that stays inside sRGB and reports WCAG contrast. No dependencies.
const USAGE = `usage: node scripts/palette.mjs HUE [--chroma MAX] [--neutral] [--name NAME]

HUE is the OKLCH hue in degrees (0-360; 255 is a blue). --chroma is the peak chroma in the middle of the
ramp (default 0.16). --neutral keeps the chroma constant instead (default 0.015: a grey tinted with the
brand hue) and names the ramp "neutral". Each step's chroma is lowered
until the colour fits in sRGB. Every step is printed as a CSS custom property with its contrast
against white and against a near-black ink of the same hue.`;

const STEPS = { 50: 0.97, 100: 0.93, 200: 0.87, 300: 0.78, 400: 0.68, 500: 0.58, 600: 0.5, 700: 0.43, 800: 0.36, 900: 0.29, 950: 0.22 };

// OKLCH -> OKLab -> linear sRGB (Björn Ottosson's published matrices).
function oklchToLinearSrgb(L, C, hueDeg) {
  const h = (hueDeg * Math.PI) / 180;
  const a = C * Math.cos(h);
  const b = C * Math.sin(h);
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

const inGamut = (rgb) => rgb.every((c) => c >= -1e-4 && c <= 1 + 1e-4);
const clamp01 = (c) => Math.min(1, Math.max(0, c));
const luminance = ([r, g, b]) => 0.2126 * clamp01(r) + 0.7152 * clamp01(g) + 0.0722 * clamp01(b);
const contrast = (y1, y2) => (Math.max(y1, y2) + 0.05) / (Math.min(y1, y2) + 0.05);
const truncated = (x) => (Math.floor(x * 100) / 100).toFixed(2);

function fail(message) {
  console.error(`palette: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log(USAGE);
  process.exit(0);
}
let hue = null;
let peakChroma = null;
let name = null;
let neutral = false;
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === "--chroma") {
    peakChroma = Number(args[++i]);
    if (!Number.isFinite(peakChroma) || peakChroma < 0 || peakChroma > 0.4) fail("--chroma must be between 0 and 0.4");
  } else if (args[i] === "--neutral") {
    neutral = true;
  } else if (args[i] === "--name") {
    name = args[++i] ?? "";
    if (!/^[a-z][a-z0-9-]{0,30}$/.test(name)) fail("--name must be lowercase letters, digits and hyphens");
  } else if (hue === null && /^[0-9]+(\.[0-9]+)?$/.test(args[i])) {
    hue = Number(args[i]);
    if (hue > 360) fail("HUE must be between 0 and 360");
  } else fail(`unexpected argument '${args[i]}'\n${USAGE}`);
}
if (hue === null) fail(`give a hue\n${USAGE}`);
peakChroma ??= neutral ? 0.015 : 0.16;
name ??= neutral ? "neutral" : "brand";

const ink = luminance(oklchToLinearSrgb(0.2, Math.min(0.02, peakChroma), hue));
for (const [step, L] of Object.entries(STEPS)) {
  // Chroma peaks in the middle of the ramp and is lowered until the colour fits in sRGB.
  let C = neutral ? peakChroma : peakChroma * Math.sin(Math.PI * L) ** 1.5;
  while (C > 0 && !inGamut(oklchToLinearSrgb(L, C, hue))) C = Math.max(0, C - 0.005);
  const y = luminance(oklchToLinearSrgb(L, C, hue));
  console.log(`--color-${name}-${step}: oklch(${L} ${C.toFixed(3)} ${hue}); /* vs white ${truncated(contrast(y, 1))}, vs ink ${truncated(contrast(y, ink))} */`);
}
