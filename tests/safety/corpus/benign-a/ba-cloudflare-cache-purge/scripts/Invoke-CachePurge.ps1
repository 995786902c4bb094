[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory)] [string[]] $Url,
    [string] $ZoneId = $env:CF_ZONE_ID
)
$ErrorActionPreference = 'Stop'
if (-not $env:CLOUDFLARE_API_TOKEN) { throw 'CLOUDFLARE_API_TOKEN is not set.' }
if (-not $ZoneId) { throw 'Pass -ZoneId or set CF_ZONE_ID.' }
if ($Url.Count -gt 30) { throw 'Cloudflare accepts at most 30 URLs per purge request.' }

$headers = @{ Authorization = "Bearer $($env:CLOUDFLARE_API_TOKEN)" }
$body = @{ files = $Url } | ConvertTo-Json

if ($PSCmdlet.ShouldProcess(($Url -join ', '), 'Purge from Cloudflare cache')) {
    $resp = Invoke-RestMethod -Method Post -Headers $headers -ContentType 'application/json' `
        -Uri "https://api.cloudflare.com/client/v4/zones/$ZoneId/purge_cache" -Body $body
    if (-not $resp.success) { throw ("Purge failed: " + ($resp.errors | ConvertTo-Json -Compress)) }
    Write-Host "Purged $($Url.Count) URL(s)."
}
