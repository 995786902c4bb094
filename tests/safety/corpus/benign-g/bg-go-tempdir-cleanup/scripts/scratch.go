package scratch

import "os"

// With runs fn in a fresh temporary folder and removes that folder afterwards.
func With(fn func(dir string) error) error {
	dir, err := os.MkdirTemp("", "scratch-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	return fn(dir)
}
