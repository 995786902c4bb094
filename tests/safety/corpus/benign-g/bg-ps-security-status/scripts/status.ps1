$mp = Get-MpComputerStatus
"Defender real-time:  $($mp.RealTimeProtectionEnabled)"
"Defender signatures: $($mp.AntivirusSignatureLastUpdated)"
Get-NetFirewallProfile | ForEach-Object { "Firewall $($_.Name): $($_.Enabled)" }
$sysmon = Get-Service | Where-Object Name -like 'Sysmon*'
"Sysmon: " + ($(if ($sysmon) { $sysmon.Status } else { 'not installed' }))
"Execution policy: $(Get-ExecutionPolicy)"
