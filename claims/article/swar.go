package article

import "math/bits"

// Word-at-a-time ("SIMD within a register") helpers: eight bytes of text
// tested in one 64-bit word.

// Word-at-a-time constants: a one in each byte, the high bit of each,
// the low seven bits of each.
const (
	swarOnes = 0x0101010101010101
	swarHigh = 0x8080808080808080
	swarLow7 = 0x7f7f7f7f7f7f7f7f
)

// load64 reads s[i:i+8] as a little-endian word.
func load64[T normalText](s T, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load64Padded is load64 for the eight bytes from s[i], those past the
// end of s read as spaces.
func load64Padded[T normalText](s T, i int) uint64 {
	if i+8 <= len(s) {
		return load64(s, i)
	}
	// Each byte of s shifts in below the spaces, the last one first.
	x := uint64(swarOnes * ' ')
	for k := len(s) - 1; k >= i; k-- {
		x = x<<8 | uint64(s[k])
	}
	return x
}

// bytesEqual returns x with the high bit set in each byte equal to c and
// every other bit clear (exact: no carry crosses bytes).
func bytesEqual(x uint64, c byte) uint64 {
	y := x ^ swarOnes*uint64(c)
	// A byte's high bit ends up set when any of its bits is.
	nonzero := ((y & swarLow7) + swarLow7) | y
	return ^nonzero & swarHigh
}

// hasBelow0x20 reports whether a byte of x is below 0x20 (a control
// byte). The answer is exact; the bits it is computed from are not for
// the bytes after the first such one, so it gives no mask.
func hasBelow0x20(x uint64) bool {
	return (x-0x20*swarOnes)&^x&swarHigh != 0
}

// below0x20 returns x with the high bit set in each byte below 0x20 and
// every other bit clear (exact).
func below0x20(x uint64) uint64 {
	return bytesBelow(x, 0x20)
}

// bytesBelow returns x with the high bit set in each byte below c (at
// most 0x80) and every other bit clear (exact).
func bytesBelow(x uint64, c byte) uint64 {
	// The low seven bits plus 0x80-c reach the high bit from c up, and
	// no sum carries into the next byte.
	return ^(((x & swarLow7) + (0x80-uint64(c))*swarOnes) | x) & swarHigh
}

// plainRun returns the offset of the first byte of s[i:] that is white
// space, a control byte or not ASCII (len(s) if none), or an offset
// before it: it skips eight bytes at a time, then stops.
func plainRun(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		x := load64(s, i)
		stop := bytesEqual(x, ' ') | x&swarHigh
		if hasBelow0x20(x) {
			stop |= below0x20(x)
		}
		if stop != 0 {
			return i + bits.TrailingZeros64(stop)>>3
		}
	}
	return i
}

// lowerASCII lowers the letters 'A'-'Z' in x, eight ASCII bytes.
func lowerASCII(x uint64) uint64 {
	// The high bit set in each byte from 'A' up and clear from 'Z'+1 up
	// (no sum carries, the bytes being ASCII), moved to bit 5: 0x20, the
	// difference between a capital and its lower case.
	upper := (x + (0x80-'A')*swarOnes) &^ (x + (0x80-'Z'-1)*swarOnes) & swarHigh
	return x | upper>>2
}
