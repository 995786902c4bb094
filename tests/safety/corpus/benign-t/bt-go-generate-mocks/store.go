package store

//go:generate go run go.uber.org/mock/mockgen@v0.4.0 -source=store.go -destination=mock_store.go -package=store

type Store interface {
	Get(id string) ([]byte, error)
	Put(id string, v []byte) error
}
