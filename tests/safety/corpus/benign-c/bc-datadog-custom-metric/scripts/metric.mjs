const [name, value, ...tags] = process.argv.slice(2);
const apiKey = process.env.DD_API_KEY;
const site = process.env.DD_SITE ?? "datadoghq.com";
if (!apiKey) {
  console.error("DD_API_KEY not set");
  process.exit(1);
}
if (!/^datadoghq\.(com|eu)$|^(us3|us5|ap1)\.datadoghq\.com$/.test(site)) {
  console.error(`unexpected DD_SITE ${site}`);
  process.exit(1);
}

const body = {
  series: [
    {
      metric: name,
      type: 3,
      points: [{ timestamp: Math.floor(Date.now() / 1000), value: Number(value) }],
      tags,
    },
  ],
};

const res = await fetch(`https://api.${site}/api/v2/series`, {
  method: "POST",
  headers: { "DD-API-KEY": apiKey, "Content-Type": "application/json" },
  body: JSON.stringify(body),
});
console.log(res.status, await res.text());
