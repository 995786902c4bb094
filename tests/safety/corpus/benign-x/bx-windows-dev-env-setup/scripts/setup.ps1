$apps = "Git.Git","OpenJS.NodeJS.LTS","Python.Python.3.12","Microsoft.VisualStudioCode","Microsoft.WindowsTerminal"
foreach ($a in $apps) { winget install --id $a -e --silent --accept-package-agreements --accept-source-agreements }
git config --global init.defaultBranch main
git config --global core.autocrlf true
Write-Host "Setup complete. Update later with: winget upgrade --all"
