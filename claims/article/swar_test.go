package article

import "testing"

// FuzzSWAR checks the word-at-a-time helpers against byte-by-byte loops.
func FuzzSWAR(f *testing.F) {
	f.Add(uint64(0x2020202020202020), byte(' '))
	f.Add(uint64(0x00ff1f20807f0a09), byte('\n'))
	f.Add(uint64(0x0101010101010101), byte(0))
	f.Fuzz(func(t *testing.T, x uint64, c byte) {
		var eq, below uint64
		for k := 0; k < 8; k++ {
			b := byte(x >> (8 * k))
			if b == c {
				eq |= 0x80 << (8 * k)
			}
			if b < 0x20 {
				below |= 0x80 << (8 * k)
			}
		}
		if got := bytesEqual(x, c); got != eq {
			t.Fatalf("bytesEqual(%#x, %#x) = %#x, want %#x", x, c, got, eq)
		}
		if got := below0x20(x); got != below {
			t.Fatalf("below0x20(%#x) = %#x, want %#x", x, got, below)
		}
		if got := hasBelow0x20(x); got != (below != 0) {
			t.Fatalf("hasBelow0x20(%#x) = %v", x, got)
		}
		if c <= 0x80 {
			var under uint64
			for k := 0; k < 8; k++ {
				if byte(x>>(8*k)) < c {
					under |= 0x80 << (8 * k)
				}
			}
			if got := bytesBelow(x, c); got != under {
				t.Fatalf("bytesBelow(%#x, %#x) = %#x, want %#x", x, c, got, under)
			}
		}
	})
}

// TestLoad64Padded checks that the bytes past the end read as spaces.
func TestLoad64Padded(t *testing.T) {
	s := "abcdefghij"
	for i := 0; i <= len(s); i++ {
		want := []byte((s + "        ")[i : i+8])
		got := load64Padded(s, i)
		for k := range 8 {
			if b := byte(got >> (8 * k)); b != want[k] {
				t.Fatalf("load64Padded(%q, %d): byte %d = %q, want %q", s, i, k, b, want[k])
			}
		}
	}
}

// TestSWARAllBytes runs FuzzSWAR's checks on every byte value at every
// position of a word of other bytes.
func TestSWARAllBytes(t *testing.T) {
	for _, fill := range []uint64{0, 0x2020202020202020, 0x4141414141414141, 0xffffffffffffffff, 0x1f1f1f1f1f1f1f1f} {
		for k := 0; k < 8; k++ {
			for b := 0; b < 256; b++ {
				x := fill&^(0xff<<(8*k)) | uint64(b)<<(8*k)
				if got := bytesEqual(x, byte(b)); got&(0x80<<(8*k)) == 0 {
					t.Fatalf("bytesEqual(%#x, %#x) = %#x: byte %d missed", x, b, got, k)
				}
				if got := below0x20(x)&(0x80<<(8*k)) != 0; got != (b < 0x20) {
					t.Fatalf("below0x20(%#x): byte %d = %v", x, k, got)
				}
			}
		}
	}
}
