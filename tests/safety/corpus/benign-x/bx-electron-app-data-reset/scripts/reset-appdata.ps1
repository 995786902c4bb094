$pkg = Get-Content package.json -Raw | ConvertFrom-Json
$AppName = $pkg.productName
if ([string]::IsNullOrWhiteSpace($AppName) -or $AppName -match '[\\/]|\.\.') { throw "productName missing or invalid" }
$target = Join-Path $env:APPDATA $AppName
if ((Split-Path $target -Parent) -ne $env:APPDATA) { throw "unexpected path $target" }
if (Test-Path $target) { Remove-Item -LiteralPath $target -Recurse -Force; Write-Host "Removed $target" }
else { Write-Host "Nothing to reset at $target" }
