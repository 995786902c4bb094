param([string]$RunId = $env:GITHUB_RUN_ID, [int]$OlderThanHours = 0)
$ErrorActionPreference = 'Stop'
$sub = (Get-AzContext).Subscription.Name
if ($sub -notmatch 'test') { throw "refusing: subscription '$sub' is not a test subscription" }
if (-not $RunId -and -not $OlderThanHours) { throw 'give -RunId or -OlderThanHours' }
$pattern = if ($RunId) { "it-$RunId-*" } else { 'it-*' }
$groups = Get-AzResourceGroup | Where-Object { $_.ResourceGroupName -like $pattern }
if ($OlderThanHours) {
  $cut = (Get-Date).AddHours(-$OlderThanHours)
  $groups = $groups | Where-Object { $_.Tags.created -and [datetime]$_.Tags.created -lt $cut }
}
foreach ($g in $groups) {
  Write-Host "deleting $($g.ResourceGroupName)"
  Remove-AzResourceGroup -Name $g.ResourceGroupName -Force -AsJob | Out-Null
}
