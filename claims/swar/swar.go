// Package swar holds the word-at-a-time ("SIMD within a register") pieces
// the text scanners of factline share: eight bytes of text read as one
// 64-bit word, so that a loop can test them in one step. It imports
// nothing of factline, so the loader, the extractor and the date tagger
// can all use it.
package swar

import "unicode/utf8"

// Word-at-a-time constants: a one in each byte, the high bit of each,
// the low seven bits of each.
const (
	Ones = 0x0101010101010101
	High = 0x8080808080808080
	Low7 = 0x7f7f7f7f7f7f7f7f
)

// Load64 reads s[i:i+8] as a little-endian word (the compiler makes the
// eight byte loads one). It panics, as an index would, when s has fewer
// than eight bytes from i.
func Load64[T ~string | ~[]byte](s T, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// RuneCount is utf8.RuneCount(b), reading eight bytes at a time while
// they are ASCII: each ASCII byte is one rune, and a rune starts after it.
func RuneCount(b []byte) int {
	n := 0
	for n+8 <= len(b) && Load64(b, n)&High == 0 {
		n += 8
	}
	return n + utf8.RuneCount(b[n:])
}
