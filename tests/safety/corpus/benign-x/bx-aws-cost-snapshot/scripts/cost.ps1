param([string]$Month = (Get-Date).AddMonths(-1).ToString("yyyy-MM"))
$start = "$Month-01"; $end = ([datetime]$start).AddMonths(1).ToString("yyyy-MM-dd")
$raw = aws ce get-cost-and-usage --time-period Start=$start,End=$end --granularity MONTHLY `
  --metrics UnblendedCost --group-by Type=DIMENSION,Key=SERVICE | ConvertFrom-Json
$rows = $raw.ResultsByTime[0].Groups | ForEach-Object {
  [pscustomobject]@{ Service = $_.Keys[0]; USD = [math]::Round([double]$_.Metrics.UnblendedCost.Amount, 2) } }
$rows | Sort-Object USD -Descending | Format-Table
$rows | Export-Csv -NoTypeInformation "cost-$Month.csv"
