if (Get-Process chrome -ErrorAction SilentlyContinue) { Write-Host 'Close Chrome first.'; exit 1 }
$profileDir = "$env:LOCALAPPDATA\Google\Chrome\User Data\Default"
foreach ($dir in 'Cache', 'Code Cache', 'GPUCache') {
  $p = Join-Path $profileDir $dir
  if (Test-Path $p) { Remove-Item $p -Recurse -Force; Write-Host "cleared $dir" }
}
Write-Host 'Cookies and saved passwords were not touched.'
