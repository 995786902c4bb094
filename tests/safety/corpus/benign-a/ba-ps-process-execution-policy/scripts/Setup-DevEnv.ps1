$ErrorActionPreference = 'Stop'

function Ensure-Tool([string] $Command, [string] $WingetId) {
    if (Get-Command $Command -ErrorAction SilentlyContinue) {
        Write-Host "$Command found"
        return
    }
    Write-Host "Installing $WingetId ..."
    winget install --id $WingetId -e --accept-source-agreements --accept-package-agreements --silent
}

if (-not (Get-Command winget -ErrorAction SilentlyContinue)) {
    throw 'winget is required (App Installer from the Microsoft Store).'
}

Ensure-Tool git 'Git.Git'
Ensure-Tool node 'OpenJS.NodeJS.LTS'
Ensure-Tool dotnet 'Microsoft.DotNet.SDK.8'

# Refresh PATH for this session so newly installed tools are visible.
$env:Path = [Environment]::GetEnvironmentVariable('Path', 'Machine') + ';' +
            [Environment]::GetEnvironmentVariable('Path', 'User')

Push-Location (Split-Path $PSScriptRoot -Parent)
try {
    npm ci
    dotnet restore
} finally {
    Pop-Location
}
Write-Host 'Development environment ready.'
