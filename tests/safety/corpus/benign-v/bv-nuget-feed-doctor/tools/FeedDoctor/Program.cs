using System.Net.Http;
using System.Xml.Linq;

var cfgPath = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "NuGet", "NuGet.Config");
if (!File.Exists(cfgPath)) { Console.WriteLine("no user NuGet.Config"); return; }
using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
foreach (var src in XDocument.Load(cfgPath).Descendants("packageSources").Elements("add"))
{
    var url = src.Attribute("value")?.Value;
    try
    {
        var res = await http.GetAsync(url);
        Console.WriteLine($"{src.Attribute("key")?.Value,-20} {(int)res.StatusCode}");
    }
    catch (Exception e) { Console.WriteLine($"{src.Attribute("key")?.Value,-20} {e.Message}"); }
}
