$ErrorActionPreference = 'Stop'
$project = (Get-Location).Path
if (-not (Test-Path (Join-Path $project 'package.json'))) { throw "no package.json in $project" }
npm cache clean --force
$nm = Join-Path $project 'node_modules'
if (Test-Path $nm) {
  $resolved = (Resolve-Path $nm).Path
  if (-not $resolved.StartsWith($project)) { throw "unexpected path $resolved" }
  Remove-Item -LiteralPath $resolved -Recurse -Force
  Write-Host "removed $resolved"
}
