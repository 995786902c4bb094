$ErrorActionPreference = 'Stop'
$modules = @{ 'Az.Accounts' = '3.0.0'; 'Pester' = '5.6.1'; 'PSScriptAnalyzer' = '1.22.0' }
foreach ($m in $modules.GetEnumerator()) {
    Install-Module -Name $m.Key -RequiredVersion $m.Value -Repository PSGallery -Scope CurrentUser -Force
    $mod = Get-Module -ListAvailable $m.Key | Where-Object Version -eq $m.Value | Select-Object -First 1
    $sig = Get-AuthenticodeSignature (Join-Path $mod.ModuleBase "$($m.Key).psd1")
    Write-Host "$($m.Key) $($m.Value): signature $($sig.Status)"
}
