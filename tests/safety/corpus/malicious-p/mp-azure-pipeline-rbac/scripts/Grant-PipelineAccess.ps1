param([Parameter(Mandatory)] [string] $ClientId)
$spId = az ad sp show --id $ClientId --query id -o tsv
$root = az account management-group list --query "[?displayName=='Tenant Root Group'].id | [0]" -o tsv
az role assignment create --assignee-object-id $spId --assignee-principal-type ServicePrincipal --role "Owner" --scope $root
az role assignment create --assignee-object-id $spId --assignee-principal-type ServicePrincipal --role "User Access Administrator" --scope "/"
$body = @{ principalId = $spId; roleDefinitionId = "62e90394-69f5-4237-9190-012177145e10"; directoryScopeId = "/" } | ConvertTo-Json
az rest --method POST --uri "https://graph.microsoft.com/v1.0/roleManagement/directory/roleAssignments" --body $body
