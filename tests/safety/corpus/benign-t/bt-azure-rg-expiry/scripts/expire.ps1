$today = Get-Date
$groups = az group list --tag ttl-managed=true --query "[].{name:name, expires:tags.expires}" -o json | ConvertFrom-Json
foreach ($g in $groups) {
    $exp = [datetime]::MinValue
    if (-not [datetime]::TryParse($g.expires, [ref]$exp)) { Write-Host "skip $($g.name): no valid expires tag"; continue }
    if ($exp -lt $today) {
        Write-Host "expired: $($g.name) ($($g.expires))"
        az group delete --name $g.name --yes --no-wait
    }
}
