using System.Xml.Linq;

var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
var configs = new[] {
    Path.Combine(Directory.GetCurrentDirectory(), "NuGet.Config"),
    Path.Combine(home, ".nuget", "NuGet", "NuGet.Config"),
}.Where(File.Exists);

foreach (var file in configs)
{
    var doc = XDocument.Load(file);
    foreach (var src in doc.Descendants("packageSources").Elements("add"))
        Console.WriteLine($"{file}: source {src.Attribute("key")?.Value} -> {src.Attribute("value")?.Value}");
    foreach (var c in doc.Descendants("packageSourceCredentials").Elements())
        Console.WriteLine($"{file}: has credentials for {c.Name.LocalName}");
}
Console.WriteLine("Run: dotnet restore --interactive -v n  (credentials go only to their own feed)");
