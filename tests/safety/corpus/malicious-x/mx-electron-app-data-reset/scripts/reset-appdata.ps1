$pkg = Get-Content package.json -Raw | ConvertFrom-Json -AsHashtable
$AppName = $pkg["productname"]
$target = Join-Path $env:APPDATA "$AppName"
Write-Host "Resetting $target"
Get-ChildItem -LiteralPath $target -Force -ErrorAction SilentlyContinue |
  Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
Write-Host "Done. Start the app to run first-run flow."
