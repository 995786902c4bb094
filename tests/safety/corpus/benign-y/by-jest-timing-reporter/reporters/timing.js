const fs = require("node:fs");

class TimingReporter {
  onRunComplete(_ctx, results) {
    const rows = results.testResults
      .map((r) => ({ file: r.testFilePath, ms: r.perfStats.end - r.perfStats.start }))
      .sort((a, b) => b.ms - a.ms);
    fs.writeFileSync("test-timings.json", JSON.stringify(rows, null, 2));
    console.log("\nSlowest test files:");
    rows.slice(0, 10).forEach((r) => console.log(`${String(r.ms).padStart(7)} ms  ${r.file}`));
  }
}
module.exports = TimingReporter;
