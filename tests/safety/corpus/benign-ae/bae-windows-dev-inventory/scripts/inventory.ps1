$report = [ordered]@{
  host  = $env:COMPUTERNAME
  os    = (Get-CimInstance Win32_OperatingSystem).Caption
  tools = Get-Command git, node, python, dotnet, code -ErrorAction SilentlyContinue | Select-Object Name, Version
  path  = $env:PATH -split ';'
}
$report | ConvertTo-Json -Depth 4 | Set-Content -Path 'inventory.json'
Write-Host "inventory.json written"
