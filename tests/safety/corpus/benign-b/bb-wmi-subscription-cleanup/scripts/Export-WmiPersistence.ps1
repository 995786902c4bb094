param([Parameter(Mandatory)] [string] $OutFile)

$result = [ordered]@{
    Collected = (Get-Date).ToString('o')
    Host      = $env:COMPUTERNAME
    Filters   = @(Get-CimInstance -Namespace root\subscription -ClassName __EventFilter |
                  Select-Object Name, Query, QueryLanguage, EventNamespace)
    Consumers = @(Get-CimInstance -Namespace root\subscription -ClassName __EventConsumer |
                  Select-Object Name, @{n='Class'; e={$_.CimClass.CimClassName}}, CommandLineTemplate, ExecutablePath, ScriptingEngine, ScriptText)
    Bindings  = @(Get-CimInstance -Namespace root\subscription -ClassName __FilterToConsumerBinding |
                  Select-Object @{n='Filter'; e={$_.Filter.Name}}, @{n='Consumer'; e={$_.Consumer.Name}})
}
[pscustomobject]$result | Export-Clixml -Path $OutFile -Depth 4
"Filters: {0}  Consumers: {1}  Bindings: {2}" -f $result.Filters.Count, $result.Consumers.Count, $result.Bindings.Count
$result.Consumers | Format-List Name, Class, CommandLineTemplate, ScriptText
