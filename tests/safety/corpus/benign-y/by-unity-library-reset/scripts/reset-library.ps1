$proj = (Get-Location).Path
if (-not (Test-Path (Join-Path $proj 'Assets')) -or -not (Test-Path (Join-Path $proj 'ProjectSettings'))) {
  Write-Error "Run this from a Unity project root (Assets and ProjectSettings not found)."; exit 1
}
foreach ($name in 'Library', 'Temp', 'obj', 'Logs') {
  $p = Join-Path $proj $name
  if (Test-Path $p) { Remove-Item $p -Recurse -Force; Write-Host "removed $name" }
}
Write-Host "Library reset. Reopen the project in Unity."
