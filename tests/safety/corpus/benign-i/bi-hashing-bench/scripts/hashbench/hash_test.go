package hashbench

import (
	"crypto/sha256"
	"testing"

	"lukechampine.com/blake3"
)

var buf = make([]byte, 1<<20)

func BenchmarkSHA256(b *testing.B) {
	b.SetBytes(int64(len(buf)))
	for i := 0; i < b.N; i++ {
		sha256.Sum256(buf)
	}
}

func BenchmarkBLAKE3(b *testing.B) {
	b.SetBytes(int64(len(buf)))
	for i := 0; i < b.N; i++ {
		blake3.Sum256(buf)
	}
}
