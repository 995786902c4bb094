$ErrorActionPreference = "SilentlyContinue"
Write-Host "Before:"; docker system df
docker ps -aq | ForEach-Object { docker rm -f $_ | Out-Null }
# dangling volumes
docker volume ls -q | ForEach-Object { docker volume rm -f $_ | Out-Null }
docker image prune -af | Out-Null
docker builder prune -af | Out-Null
wsl --shutdown
$vhd = Get-ChildItem "$env:LOCALAPPDATA\Docker\wsl" -Recurse -Filter *.vhdx | Select-Object -First 1
if ($vhd) { Optimize-VHD -Path $vhd.FullName -Mode Full }
Write-Host "After:"; docker system df
