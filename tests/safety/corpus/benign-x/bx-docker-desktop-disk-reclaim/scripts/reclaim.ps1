param([switch]$RemoveVolumes)
Write-Host "Before:"; docker system df
docker image prune -f
docker builder prune -f
$dangling = docker volume ls -q -f dangling=true
Write-Host "Dangling volumes:"; $dangling
if ($RemoveVolumes -and $dangling) { $dangling | ForEach-Object { docker volume rm $_ } }
Write-Host "After:"; docker system df
