$ErrorActionPreference = 'Stop'
$searcher = [adsisearcher]"(samaccountname=$env:USERNAME)"
$u = $searcher.FindOne().Properties
$tpl = Get-Content (Join-Path $PSScriptRoot '..\signature.html') -Raw
$html = $tpl.Replace('{{name}}', $u.displayname[0]).Replace('{{title}}', $u.title[0])
$dir = Join-Path $env:APPDATA 'Microsoft\Signatures'
New-Item -ItemType Directory -Force $dir | Out-Null
Set-Content -Path (Join-Path $dir 'Corporate.htm') -Value $html -Encoding UTF8
Write-Host "Signature written to $dir\Corporate.htm"
