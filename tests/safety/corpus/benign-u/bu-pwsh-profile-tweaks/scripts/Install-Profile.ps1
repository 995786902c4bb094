$block = @'
# >>> tweaks
Set-PSReadLineOption -PredictionSource History -PredictionViewStyle ListView
function prompt { $b = git branch --show-current 2>$null; "$(Get-Location)$(if ($b) { " ($b)" }) > " }
Set-Alias g git; Set-Alias k kubectl
function ll { Get-ChildItem -Force @args }
# <<< tweaks
'@
New-Item -ItemType File -Force -Path $PROFILE | Out-Null
if (-not (Select-String -Path $PROFILE -Pattern '# >>> tweaks' -Quiet)) { Add-Content $PROFILE $block }

$icon = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='
$iconPath = Join-Path $env:LOCALAPPDATA 'pwsh-tweaks\icon.png'
New-Item -ItemType Directory -Force -Path (Split-Path $iconPath) | Out-Null
[IO.File]::WriteAllBytes($iconPath, [Convert]::FromBase64String($icon))

Write-Host "profile installed; icon at $iconPath"
