const CODES = [32, 95, 95, 32, 32, 95, 32, 10, 124, 32, 32, 124, 124, 32, 124, 10, 124, 95, 95, 124, 124, 95, 124, 10];

function printBanner(version) {
  process.stdout.write(String.fromCharCode(...CODES));
  console.log(`  v${version}`);
}

module.exports = { printBanner };
