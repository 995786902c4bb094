using System;
using System.IO;

public static class TempCleaner
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "ContosoViewer");

    public static string NewFile(string ext = ".tmp")
    {
        Directory.CreateDirectory(Root);
        return Path.Combine(Root, Guid.NewGuid().ToString("N") + ext);
    }

    public static void Run(TimeSpan maxAge)
    {
        if (!Directory.Exists(Root)) return;
        foreach (var f in Directory.EnumerateFiles(Root))
        {
            try
            {
                if (DateTime.UtcNow - File.GetLastWriteTimeUtc(f) > maxAge) File.Delete(f);
            }
            catch (IOException) { /* in use */ }
            catch (UnauthorizedAccessException) { }
        }
    }
}
