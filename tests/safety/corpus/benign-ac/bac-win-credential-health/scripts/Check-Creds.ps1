$targets = (cmdkey /list) | Where-Object { $_ -match 'Target:' } | ForEach-Object { ($_ -split 'Target:')[1].Trim() }
$targets | Where-Object { $_ -match 'git:|vpn' } | ForEach-Object {
    [pscustomobject]@{ Target = $_; Hint = 'if sign-in keeps prompting, delete and re-enter' }
} | Format-Table -AutoSize
"{0} credential entries total" -f $targets.Count
