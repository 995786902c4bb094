#r "nuget: Azure.Storage.Blobs, 12.22.2"
using Azure.Storage.Blobs;

var conn = Environment.GetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING") ?? throw new Exception("connection string missing");
var container = new BlobContainerClient(conn, Environment.GetEnvironmentVariable("ARTIFACT_CONTAINER") ?? "artifacts");
await container.CreateIfNotExistsAsync();
foreach (var file in Directory.GetFiles(Args[0]))
{
    await container.GetBlobClient(Path.GetFileName(file)).UploadAsync(file, overwrite: true);
    Console.WriteLine($"uploaded {Path.GetFileName(file)}");
}
