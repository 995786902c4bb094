using System.Xml.Linq;

var cfgPath = OperatingSystem.IsWindows()
    ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "NuGet", "NuGet.Config")
    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "NuGet", "NuGet.Config");
var doc = File.Exists(cfgPath) ? XDocument.Load(cfgPath) : new XDocument(new XElement("configuration"));
var creds = doc.Descendants("packageSourceCredentials").Elements().Select(e => e.Name.LocalName).ToHashSet();
using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

foreach (var src in doc.Descendants("packageSources").Elements("add"))
{
    var key = src.Attribute("key")?.Value ?? "?";
    var url = src.Attribute("value")?.Value ?? "";
    string status;
    try { status = ((int)(await http.GetAsync(url)).StatusCode).ToString(); } catch (Exception e) { status = e.GetType().Name; }
    Console.WriteLine($"{key,-20} {status,-6} credentials: {(creds.Contains(key) ? "yes" : "no")}");
    if (status == "401" && !creds.Contains(key)) Console.WriteLine("  -> add credentials with `dotnet nuget update source`");
}
