using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Data.SqlClient;

var vault = new Uri(args[0]);
var client = new SecretClient(vault, new DefaultAzureCredential());
var secret = await client.GetSecretAsync(args[1]);
await using var conn = new SqlConnection(secret.Value.Value);
await conn.OpenAsync();
await using var cmd = new SqlCommand("SELECT 1", conn);
Console.WriteLine($"database reachable: {await cmd.ExecuteScalarAsync()}");
