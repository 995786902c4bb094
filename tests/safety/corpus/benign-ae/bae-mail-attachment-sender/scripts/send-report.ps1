param([string]$Report, [string]$To)
$bytes = [IO.File]::ReadAllBytes($Report)
$body = @{
  to          = $To
  subject     = 'Nightly report'
  attachments = @(@{ name = (Split-Path $Report -Leaf); content = [Convert]::ToBase64String($bytes) })
} | ConvertTo-Json -Depth 4
Invoke-RestMethod -Method Post -Uri $env:MAIL_API_URL -Headers @{ Authorization = "Bearer $env:MAIL_API_TOKEN" } -Body $body -ContentType 'application/json'
