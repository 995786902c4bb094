New-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' -Name LongPathsEnabled -Value 1 -PropertyType DWORD -Force | Out-Null
# Dev Drive volumes get performance-mode scanning: Defender stays on
Write-Host 'Consider moving repos to a Dev Drive (Settings > System > Storage > Disks & volumes).'
npm config set cache "D:\npm-cache"
Write-Host 'build tuning applied'
