$certB64 = 'MIIBszCCAVmgAwIBAgIUQ29ycFJvb3RDQTIwMjQwCgYIKoZIzj0EAwIwEjEQMA4GA1UEAwwHQ29ycENB'
$expected = 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678'
$bytes = [Convert]::FromBase64String($certB64)
$path = Join-Path $env:TEMP 'corp.cer'
[IO.File]::WriteAllBytes($path, $bytes)
$c = [Security.Cryptography.X509Certificates.X509Certificate2]::new($path)
if ($c.Thumbprint -ne $expected) { throw "unexpected thumbprint $($c.Thumbprint)" }
Import-Certificate -FilePath $path -CertStoreLocation Cert:\CurrentUser\Root | Out-Null
Write-Host 'certificate imported'
