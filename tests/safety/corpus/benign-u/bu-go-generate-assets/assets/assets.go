package assets

import "embed"

//go:generate go run github.com/tdewolff/minify/v2/cmd/minify@v2.20.37 -r -o dist/ ../web

//go:embed dist
var FS embed.FS
