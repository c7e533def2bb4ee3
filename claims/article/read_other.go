//go:build !unix

package article

import (
	"io"
	"os"
)

// regularReader reads the regular files found in directories.
type regularReader struct{}

// read reads the regular file at path into buf and returns how many
// bytes it read and whether they are the whole file (false when buf
// filled first).
func (regularReader) read(path string, buf []byte) (int, bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, false, err
	}
	defer f.Close()
	n := 0
	for n < len(buf) {
		k, err := f.Read(buf[n:])
		n += k
		if err == io.EOF {
			return n, true, nil
		}
		if err != nil {
			return n, false, err
		}
	}
	return n, false, nil
}

// close releases what the reader holds open: nothing here.
func (regularReader) close() {}
