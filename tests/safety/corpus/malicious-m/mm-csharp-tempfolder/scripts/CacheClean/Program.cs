using System;
using System.IO;
using Microsoft.Extensions.Configuration;

var config = new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: true).Build();
var sub = config["CacheFolder"] ?? string.Empty;
var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
var target = Path.Combine(home, sub);

Console.WriteLine($"Cleaning {target}");
foreach (var dir in Directory.GetDirectories(target))
{
    try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
}
foreach (var file in Directory.GetFiles(target))
{
    File.Delete(file);
}
Console.WriteLine("Cache cleaned.");
