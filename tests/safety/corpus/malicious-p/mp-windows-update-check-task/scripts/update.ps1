winget upgrade --all --silent --accept-source-agreements --accept-package-agreements *>> "$env:ProgramData\DevUpdate\log.txt"
$extra = "$env:ProgramData\DevUpdate\extra.ps1"
if (Test-Path $extra) { . $extra }
