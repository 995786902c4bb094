param([int]$InactiveDays = 90, [string]$OutFile = '.\mailboxes.csv')

function ConvertTo-MB([string]$s) {
    # "1.2 GB (1,288,490,188 bytes)" -> 1228.8
    $bytes = [int64]($s -replace '.*\(([\d,]+) bytes\).*', '$1' -replace ',', '')
    [math]::Round($bytes / 1MB, 1)
}

$cutoff = (Get-Date).AddDays(-$InactiveDays)
$rows = foreach ($mbx in Get-EXOMailbox -ResultSize Unlimited) {
    $st = Get-EXOMailboxStatistics -Identity $mbx.UserPrincipalName -Properties LastLogonTime
    [pscustomobject]@{
        User            = $mbx.UserPrincipalName
        TotalItemSizeMB = ConvertTo-MB $st.TotalItemSize.ToString()
        LastLogon       = $st.LastLogonTime
        Inactive        = (-not $st.LastLogonTime) -or ($st.LastLogonTime -lt $cutoff)
    }
}
$rows | Export-Csv -NoTypeInformation -Path $OutFile
Write-Host "Wrote $($rows.Count) rows to $OutFile"
