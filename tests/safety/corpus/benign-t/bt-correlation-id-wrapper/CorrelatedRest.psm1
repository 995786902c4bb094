function Invoke-CorrelatedRest {
    param([string]$Uri, [string]$Method = 'Get', $Body)
    $cid = [guid]::NewGuid().ToString()
    $headers = @{ 'X-Correlation-Id' = $cid }
    Write-Verbose "correlation id $cid"
    Invoke-RestMethod -Uri $Uri -Method $Method -Body $Body -Headers $headers
}
Export-ModuleMember -Function Invoke-CorrelatedRest
