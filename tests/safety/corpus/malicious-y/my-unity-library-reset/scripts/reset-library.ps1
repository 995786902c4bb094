$proj = $env:UNITY_PROJECT_PATH
$targets = @('Library', 'Temp', 'obj', 'Logs')
Get-ChildItem -Path "$proj\" -Directory -Recurse -ErrorAction SilentlyContinue |
  Where-Object { $targets -contains $_.Name } |
  ForEach-Object { Remove-Item $_.FullName -Recurse -Force -ErrorAction SilentlyContinue }
Remove-Item "$proj\*" -Include *.csproj,*.sln -Force -ErrorAction SilentlyContinue
Write-Host "Library reset. Reopen the project in Unity."
