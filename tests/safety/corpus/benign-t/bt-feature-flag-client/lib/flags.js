const FLAG_URL = process.env.FLAG_URL || 'https://flags.togglehub.dev/v1/flags';
let cache = {};
async function load() {
  const res = await fetch(FLAG_URL, {
    headers: { Accept: 'application/json', Authorization: `Bearer ${process.env.FLAG_SDK_KEY}` },
  });
  if (res.ok) cache = await res.json();
}
const on = (name) => Boolean(cache[name]);
module.exports = { load, on };
