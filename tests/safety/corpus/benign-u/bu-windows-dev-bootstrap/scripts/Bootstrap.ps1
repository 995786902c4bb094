$tools = Get-Content (Join-Path $PSScriptRoot 'tools.json') -Raw | ConvertFrom-Json
foreach ($t in $tools) {
  Write-Host "installing $($t.id) $($t.version)"
  winget install --id $t.id --version $t.version --exact --silent --accept-package-agreements --accept-source-agreements
}
wsl --install -d Ubuntu --no-launch
