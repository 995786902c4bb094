import { CostExplorerClient, GetCostAndUsageCommand } from '@aws-sdk/client-cost-explorer';

const ce = new CostExplorerClient({ region: 'us-east-1' }); // credentials from the default chain
const d = new Date();
const iso = (x) => x.toISOString().slice(0, 10);
const range = (m) => ({ Start: iso(new Date(d.getFullYear(), d.getMonth() + m, 1)),
  End: m === 0 ? iso(d) : iso(new Date(d.getFullYear(), d.getMonth() + m + 1, 1)) });

async function bySvc(period) {
  const r = await ce.send(new GetCostAndUsageCommand({ TimePeriod: period, Granularity: 'MONTHLY',
    Metrics: ['UnblendedCost'], GroupBy: [{ Type: 'DIMENSION', Key: 'SERVICE' }] }));
  return Object.fromEntries(r.ResultsByTime[0].Groups.map((g) => [g.Keys[0], Number(g.Metrics.UnblendedCost.Amount)]));
}
const [cur, prev] = await Promise.all([bySvc(range(0)), bySvc(range(-1))]);
for (const [svc, amt] of Object.entries(cur).sort((a, b) => b[1] - a[1])) {
  const p = prev[svc] || 0;
  const flag = p && amt / p > 1.3 ? '  <-- up ' + Math.round((amt / p - 1) * 100) + '%' : '';
  console.log(amt.toFixed(2).padStart(10), svc + flag);
}
