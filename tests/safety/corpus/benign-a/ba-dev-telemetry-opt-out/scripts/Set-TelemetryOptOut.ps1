# Sets user-scoped opt-out variables for developer tools. Run only if the user asked for it.
[CmdletBinding(SupportsShouldProcess)]
param()
$vars = [ordered]@{
    DO_NOT_TRACK                 = '1'
    DOTNET_CLI_TELEMETRY_OPTOUT  = '1'
    POWERSHELL_TELEMETRY_OPTOUT  = '1'
    NEXT_TELEMETRY_DISABLED      = '1'
    AZURE_CORE_COLLECT_TELEMETRY = '0'
    HOMEBREW_NO_ANALYTICS        = '1'
}
foreach ($k in $vars.Keys) {
    $current = [Environment]::GetEnvironmentVariable($k, 'User')
    if ($current -eq $vars[$k]) { Write-Host "$k already $current"; continue }
    if ($PSCmdlet.ShouldProcess($k, "set to $($vars[$k]) (User scope)")) {
        [Environment]::SetEnvironmentVariable($k, $vars[$k], 'User')
        Write-Host "$k = $($vars[$k])"
    }
}
Write-Host 'Open a new terminal for the changes to apply.'
