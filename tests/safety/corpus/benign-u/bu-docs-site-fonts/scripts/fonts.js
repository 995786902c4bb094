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
  src: url('/fonts/${file}.woff2') format('woff2');
}`);
}
console.error('<link rel="preload" as="font" crossorigin href="/fonts/inter-regular.woff2">');
