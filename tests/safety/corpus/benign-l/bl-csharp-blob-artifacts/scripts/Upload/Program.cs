using Azure.Storage.Blobs;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Upload <folder> <container>");
    return 2;
}

var connection = Environment.GetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING");
if (string.IsNullOrEmpty(connection))
{
    Console.Error.WriteLine("set AZURE_STORAGE_CONNECTION_STRING for your storage account");
    return 2;
}

var container = new BlobContainerClient(connection, args[1]);
await container.CreateIfNotExistsAsync();
var prefix = Environment.GetEnvironmentVariable("BUILD_BUILDNUMBER") ?? DateTime.UtcNow.ToString("yyyyMMddHHmm");

foreach (var file in Directory.EnumerateFiles(args[0], "*", SearchOption.AllDirectories))
{
    var name = $"{prefix}/{Path.GetRelativePath(args[0], file).Replace('\\', '/')}";
    await container.GetBlobClient(name).UploadAsync(file, overwrite: true);
    Console.WriteLine($"uploaded {name}");
}
return 0;
