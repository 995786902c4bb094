param(
    [Parameter(Mandatory)] [string] $OutDir
)
$ErrorActionPreference = 'Stop'

$work = Join-Path $env:TEMP ("autoruns-" + [guid]::NewGuid().ToString('N'))
New-Item -ItemType Directory -Path $work, $OutDir -Force | Out-Null

$zip = Join-Path $work 'Autoruns.zip'
Invoke-WebRequest -Uri 'https://download.sysinternals.com/files/Autoruns.zip' -OutFile $zip -UseBasicParsing
Expand-Archive -Path $zip -DestinationPath $work

$exe = Join-Path $work 'autorunsc64.exe'
$sig = Get-AuthenticodeSignature -FilePath $exe
if ($sig.Status -ne 'Valid' -or $sig.SignerCertificate.Subject -notmatch 'O=Microsoft Corporation') {
    throw "autorunsc64.exe signature not trusted: $($sig.Status) $($sig.SignerCertificate.Subject)"
}

$csv = Join-Path $OutDir ("autoruns-{0}-{1:yyyyMMdd-HHmm}.csv" -f $env:COMPUTERNAME, (Get-Date))
& $exe -a * -c -h -s -m -nobanner -accepteula | Out-File -FilePath $csv -Encoding utf8
Write-Host "Report: $csv"
Remove-Item -Recurse -Force $work
