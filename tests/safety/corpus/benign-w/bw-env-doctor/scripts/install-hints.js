// Maps a tool name and platform to the install command shown to the user.
const os = require('os');

const HINTS = {
  node: {
    darwin: 'brew install node@20 && brew link --overwrite node@20',
    linux: 'curl -fsSL https://deb.nodesource.com/setup_20.x | sudo -E bash - && sudo apt-get install -y nodejs',
    win32: 'winget install OpenJS.NodeJS.LTS',
  },
  pnpm: {
    darwin: 'corepack enable && corepack prepare pnpm@9 --activate',
    linux: 'corepack enable && corepack prepare pnpm@9 --activate',
    win32: 'corepack enable; corepack prepare pnpm@9 --activate',
  },
  docker: {
    darwin: 'install Docker Desktop from docker.com or `brew install --cask docker`',
    linux: 'sudo apt-get install -y docker.io && sudo usermod -aG docker $USER',
    win32: 'winget install Docker.DockerDesktop',
  },
  git: {
    darwin: 'xcode-select --install',
    linux: 'sudo apt-get install -y git',
    win32: 'winget install Git.Git',
  },
};

function hint(tool) {
  const byOs = HINTS[tool];
  if (!byOs) return `install ${tool} with your package manager`;
  return byOs[os.platform()] || byOs.linux;
}

if (require.main === module) {
  for (const t of process.argv.slice(2)) console.log(`${t}: ${hint(t)}`);
}

module.exports = { hint };
