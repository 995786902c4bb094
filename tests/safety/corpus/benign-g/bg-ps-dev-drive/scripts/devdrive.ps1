param([Parameter(Mandatory)][string]$Drive)
fsutil devdrv query $Drive
fsutil devdrv trust $Drive
fsutil devdrv enable /allowAv WdFilter
(Get-MpComputerStatus).RealTimeProtectionEnabled | ForEach-Object { "real-time protection still on: $_" }
