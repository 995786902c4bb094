param([int] $Days = 7)
$since = (Get-Date).AddDays(-$Days)

$threats = @{}
Get-MpThreat | ForEach-Object { $threats[$_.ThreatID] = $_ }

Get-MpThreatDetection | Where-Object InitialDetectionTime -ge $since | ForEach-Object {
    $t = $threats[$_.ThreatID]
    [pscustomobject]@{
        Detected  = $_.InitialDetectionTime
        Threat    = $t.ThreatName
        Severity  = $t.SeverityID
        Action    = $_.CleaningActionID
        Resources = ($_.Resources -join '; ')
        Process   = $_.ProcessName
    }
} | Sort-Object Detected -Descending | Format-Table -AutoSize -Wrap

$status = Get-MpComputerStatus
if (-not $status.RealTimeProtectionEnabled) {
    Write-Warning 'Real-time protection is OFF. Re-enable it in Windows Security or check Group Policy/Intune.'
}
