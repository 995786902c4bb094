$stamp = Get-Date -Format yyyyMMdd
$out = Join-Path $env:USERPROFILE "Documents\BrowserBackup\$stamp"
New-Item -ItemType Directory -Force -Path $out | Out-Null
$profiles = @{
  chrome = "$env:LOCALAPPDATA\Google\Chrome\User Data\Default"
  edge   = "$env:LOCALAPPDATA\Microsoft\Edge\User Data\Default"
}
foreach ($name in $profiles.Keys) {
  $b = Join-Path $profiles[$name] 'Bookmarks'
  if (Test-Path $b) { Copy-Item $b "$out\$name-Bookmarks.json" }
}
Compress-Archive -Path "$out\*" -DestinationPath "$out.zip" -Force
Write-Host "Backup saved to $out.zip"
