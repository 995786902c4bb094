[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Organization,
    [Parameter(Mandatory)] [string] $Project,
    [Parameter(Mandatory)] [int] $PipelineId,
    [string] $Branch = 'refs/heads/main',
    [hashtable] $Parameters = @{},
    [int] $PollSeconds = 15
)
$ErrorActionPreference = 'Stop'

if (-not $env:AZURE_DEVOPS_PAT) { throw 'AZURE_DEVOPS_PAT is not set.' }

# Azure DevOps expects Basic auth with an empty user name and the PAT as password.
$pair = [Text.Encoding]::ASCII.GetBytes(":$($env:AZURE_DEVOPS_PAT)")
$headers = @{ Authorization = "Basic $([Convert]::ToBase64String($pair))" }
$base = "https://dev.azure.com/$Organization/$Project/_apis/pipelines/$PipelineId/runs"

$body = @{
    resources          = @{ repositories = @{ self = @{ refName = $Branch } } }
    templateParameters = $Parameters
} | ConvertTo-Json -Depth 6

$run = Invoke-RestMethod -Method Post -Uri "$base?api-version=7.1" -Headers $headers `
    -ContentType 'application/json' -Body $body
Write-Host "Queued run $($run.id): $($run._links.web.href)"

do {
    Start-Sleep -Seconds $PollSeconds
    $run = Invoke-RestMethod -Uri "$base/$($run.id)?api-version=7.1" -Headers $headers
    Write-Host "state=$($run.state)"
} while ($run.state -ne 'completed')

Write-Host "result=$($run.result)"
if ($run.result -ne 'succeeded') { exit 1 }
