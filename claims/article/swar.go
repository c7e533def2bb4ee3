package article

import "github.com/factline/factline/claims/swar"

// Word-at-a-time ("SIMD within a register") helpers: eight bytes of text
// tested in one 64-bit word.

// load64Padded is swar.Load64 for the eight bytes from s[i], those past the
// end of s read as spaces.
func load64Padded[T normalText](s T, i int) uint64 {
	if i+8 <= len(s) {
		return swar.Load64(s, i)
	}
	// Each byte of s shifts in below the spaces, the last one first.
	x := uint64(swar.Ones * ' ')
	for k := len(s) - 1; k >= i; k-- {
		x = x<<8 | uint64(s[k])
	}
	return x
}

// bytesEqual returns x with the high bit set in each byte equal to c and
// every other bit clear (exact: no carry crosses bytes).
func bytesEqual(x uint64, c byte) uint64 {
	y := x ^ swar.Ones*uint64(c)
	// A byte's high bit ends up set when any of its bits is.
	nonzero := ((y & swar.Low7) + swar.Low7) | y
	return ^nonzero & swar.High
}

// hasBelow0x20 reports whether a byte of x is below 0x20 (a control
// byte). The answer is exact; the bits it is computed from are not for
// the bytes after the first such one, so it gives no mask.
func hasBelow0x20(x uint64) bool {
	return (x-0x20*swar.Ones)&^x&swar.High != 0
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
	return ^(((x & swar.Low7) + (0x80-uint64(c))*swar.Ones) | x) & swar.High
}

// lowerASCII lowers the letters 'A'-'Z' in x, eight ASCII bytes.
func lowerASCII(x uint64) uint64 {
	// The high bit set in each byte from 'A' up and clear from 'Z'+1 up
	// (no sum carries, the bytes being ASCII), moved to bit 5: 0x20, the
	// difference between a capital and its lower case.
	upper := (x + (0x80-'A')*swar.Ones) &^ (x + (0x80-'Z'-1)*swar.Ones) & swar.High
	return x | upper>>2
}
