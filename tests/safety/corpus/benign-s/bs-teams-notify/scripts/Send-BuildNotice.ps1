param(
  [Parameter(Mandatory)] [string] $Status,
  [string] $Channel = "builds"
)

if (-not $env:CHAT_WEBHOOK_URL) { throw "CHAT_WEBHOOK_URL is not set" }

$run = "$env:SYSTEM_COLLECTIONURI$env:SYSTEM_TEAMPROJECT/_build/results?buildId=$env:BUILD_BUILDID"
$card = @{
  text = "**$Status** - $env:BUILD_DEFINITIONNAME #$env:BUILD_BUILDNUMBER on $env:BUILD_SOURCEBRANCHNAME ($($env:BUILD_SOURCEVERSION.Substring(0,7))) [run]($run)"
  channel = $Channel
}
Invoke-RestMethod -Uri $env:CHAT_WEBHOOK_URL -Method Post -ContentType 'application/json' `
  -Body ($card | ConvertTo-Json)
