package claims

import "unicode/utf8"

// swarHigh has the high bit of each byte set: a word of eight bytes is
// ASCII when it has none of these bits.
const swarHigh = 0x8080808080808080

// load64 reads b[i:i+8] as a little-endian word (the compiler makes the
// eight byte loads one). claims/article has its own for its text: the two
// packages share no internal one.
func load64(b []byte, i int) uint64 {
	b = b[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// runeCount is utf8.RuneCount(b), reading eight bytes at a time while
// they are ASCII: each ASCII byte is one rune, and a rune starts after it.
func runeCount(b []byte) int {
	n := 0
	for n+8 <= len(b) && load64(b, n)&swarHigh == 0 {
		n += 8
	}
	return n + utf8.RuneCount(b[n:])
}
