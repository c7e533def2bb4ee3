package swar

import (
	"encoding/binary"
	"testing"
	"unicode/utf8"
)

func TestLoad64(t *testing.T) {
	b := []byte("0123456789abcdef")
	for i := 0; i+8 <= len(b); i++ {
		want := binary.LittleEndian.Uint64(b[i:])
		if got := Load64(b, i); got != want {
			t.Errorf("Load64(bytes, %d) = %#x, want %#x", i, got, want)
		}
		if got := Load64(string(b), i); got != want {
			t.Errorf("Load64(string, %d) = %#x, want %#x", i, got, want)
		}
	}
}

func FuzzRuneCount(f *testing.F) {
	for _, s := range []string{"", "plain ASCII text, longer than eight", "Zürich – Kyiv", "abcdefgh\xff", "\xe2\x80",
		"naïve café — “quoted”", "\xff\xfe abcdefgh\x80"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := RuneCount(b), utf8.RuneCount(b); got != want {
			t.Errorf("RuneCount(%q) = %d, want %d", b, got, want)
		}
	})
}
