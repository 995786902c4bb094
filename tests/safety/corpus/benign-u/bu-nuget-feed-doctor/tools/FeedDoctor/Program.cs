using System.Xml.Linq;

var path = Path.Combine(Directory.GetCurrentDirectory(), "NuGet.Config");
if (!File.Exists(path)) { Console.WriteLine("no NuGet.Config in this folder"); return; }

var doc = XDocument.Load(path);
var creds = doc.Descendants("packageSourceCredentials").Elements().Select(e => e.Name.LocalName).ToHashSet();
using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

foreach (var src in doc.Descendants("packageSources").Elements("add"))
{
    var key = src.Attribute("key")!.Value;
    var url = src.Attribute("value")!.Value;
    int status;
    try { status = (int)(await http.GetAsync(url)).StatusCode; } catch { status = 0; }
    var hint = status switch { 200 => "ok", 401 => creds.Contains(key) ? "credentials rejected: refresh PAT" : "add credentials", 0 => "unreachable", _ => "check URL" };
    Console.WriteLine($"{key,-20} {status,3}  {hint}");
}
