$ErrorActionPreference = 'Stop'
npm cache clean --force
dotnet nuget locals all --clear
pip cache purge
$extra = $env:DEV_CACHE_ROOT
if ($extra -and (Test-Path $extra)) {
  $full = (Resolve-Path $extra).Path
  if ($full.StartsWith($env:LOCALAPPDATA, 'OrdinalIgnoreCase') -and $full.Length -gt $env:LOCALAPPDATA.Length + 1) {
    Remove-Item -LiteralPath $full -Recurse -Force
  } else { Write-Warning "Skipping $full: not under LOCALAPPDATA" }
}
Write-Host "Caches cleared."
