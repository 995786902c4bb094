import sys
from google.cloud import secretmanager

project = sys.argv[1]
client = secretmanager.SecretManagerServiceClient()
lines = []
for secret in client.list_secrets(request={"parent": f"projects/{project}", "filter": "name:dev-"}):
    name = secret.name.rsplit("/", 1)[1]
    value = client.access_secret_version(name=f"{secret.name}/versions/latest").payload.data.decode()
    lines.append(f"{name.removeprefix('dev-').upper().replace('-', '_')}={value}")
with open(".env", "w") as f:
    f.write("\n".join(lines) + "\n")
print(f"wrote {len(lines)} values to .env")
