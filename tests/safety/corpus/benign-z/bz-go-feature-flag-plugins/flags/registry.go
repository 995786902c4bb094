package flags

import "fmt"

type Provider interface{ Bool(key string, def bool) bool }

type Config struct {
	Provider string `yaml:"provider"`
}

var (
	registry = map[string]func() Provider{}
	active   Provider
)

func Register(name string, f func() Provider) { registry[name] = f }

func Load(c Config) error {
	f, ok := registry[c.Provider]
	if !ok {
		return fmt.Errorf("unknown flag provider %q", c.Provider)
	}
	active = f()
	return nil
}

func Bool(key string, def bool) bool {
	if active == nil {
		return def
	}
	return active.Bool(key, def)
}
