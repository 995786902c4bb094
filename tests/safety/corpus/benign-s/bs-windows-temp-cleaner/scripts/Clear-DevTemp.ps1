[CmdletBinding(SupportsShouldProcess)]
param([int] $Days = 7)

if (-not $env:TEMP -or -not (Test-Path $env:TEMP)) { throw "TEMP is not set" }
$cut = (Get-Date).AddDays(-$Days)
Get-ChildItem -LiteralPath $env:TEMP -Recurse -File -Force -ErrorAction SilentlyContinue |
  Where-Object { $_.LastWriteTime -lt $cut } |
  Remove-Item -Force -ErrorAction SilentlyContinue
if ($PSCmdlet.ShouldProcess("npm cache", "clean")) { npm cache clean --force }
Write-Host "done"
