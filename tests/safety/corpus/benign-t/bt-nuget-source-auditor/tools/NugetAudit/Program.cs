using System.Xml.Linq;

var path = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "NuGet", "NuGet.Config");
var doc = XDocument.Load(path);
foreach (var s in doc.Descendants("packageSources").Elements("add"))
    if (((string?)s.Attribute("value"))?.StartsWith("http://") == true) Console.WriteLine($"insecure feed: {s.Attribute("key")}");
foreach (var src in doc.Descendants("packageSourceCredentials").Elements())
    if (src.Elements("add").Any(e => (string?)e.Attribute("key") == "ClearTextPassword"))
        Console.WriteLine($"clear-text password for {src.Name.LocalName}: use 'dotnet nuget update source --store-password-in-clear-text false'");
