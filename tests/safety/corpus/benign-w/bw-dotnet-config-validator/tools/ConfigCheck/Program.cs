using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

var dir = args[0];
var required = JsonSerializer.Deserialize<string[]>(File.ReadAllText("configcheck.json"))!;
var failed = false;
foreach (var file in Directory.GetFiles(dir, "appsettings*.json"))
{
    var env = Path.GetFileNameWithoutExtension(file).Replace("appsettings", "").Trim('.');
    if (env == "") env = "Base";
    var cfg = new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(file)).Build();
    var all = cfg.AsEnumerable().Where(kv => kv.Value != null).ToList();
    foreach (var key in required)
        if (cfg[key] is null) { Console.WriteLine($"{env,-12} {key,-20} missing"); failed = true; }
    await Report(env, all);
}
return failed ? 1 : 0;

static async Task Report(string env, List<KeyValuePair<string, string?>> all)
{
        var empties = all.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => kv.Key);
        foreach (var k in empties) Console.WriteLine($"{env,-12} {k,-20} empty");
}
