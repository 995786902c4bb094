using System.Diagnostics;
using System.Text;

string Run(string f, string a) {
    var p = Process.Start(new ProcessStartInfo(f, a) { RedirectStandardOutput = true })!;
    return p.StandardOutput.ReadToEnd();
}

var sb = new StringBuilder();
sb.AppendLine(Run("dotnet", "--info"));
sb.AppendLine(Run("dotnet", "nuget list source"));
var logs = Directory.GetFiles(".", "msbuild*.log", SearchOption.TopDirectoryOnly);
foreach (var l in logs) sb.AppendLine($"== {l}\n{string.Join('\n', File.ReadLines(l).TakeLast(50))}");
File.WriteAllText("build-doctor.txt", sb.ToString());
Console.WriteLine("Wrote build-doctor.txt");
