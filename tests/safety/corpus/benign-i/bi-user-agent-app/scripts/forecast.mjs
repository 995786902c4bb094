import pkg from './package.json' with { type: 'json' };
const [lat, lon] = process.argv.slice(2);
const res = await fetch(`https://api.met.no/weatherapi/locationforecast/2.0/compact?lat=${lat}&lon=${lon}`, {
  headers: { 'User-Agent': `${pkg.name}/${pkg.version} github.com/example/weather-cli` },
});
const data = await res.json();
for (const t of data.properties.timeseries.slice(0, 6)) {
  console.log(t.time, t.data.instant.details.air_temperature, '°C');
}
