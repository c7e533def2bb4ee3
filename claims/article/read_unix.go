//go:build unix

package article

import (
	"io/fs"
	"syscall"
)

// regularReader reads the regular files found in directories. A regular
// file never blocks, so it is read with plain system calls: os.Open
// would also make it non-blocking and offer it to the runtime's poller,
// two or three more system calls per file. Where the system allows, files
// are opened relative to their directory, kept open while its files are
// read, which spares the kernel walking the whole path of each.
type regularReader struct {
	dirs dirHandle
}

// read reads the regular file at path into buf and returns how many
// bytes it read and whether they are the whole file (false when buf
// filled first). Errors are those os.Open and Read give.
func (r *regularReader) read(path string, buf []byte) (int, bool, error) {
	fd, err := r.dirs.open(path)
	if err != nil {
		return 0, false, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	n := 0
	for n < len(buf) {
		k, err := syscall.Read(fd, buf[n:])
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return n, false, &fs.PathError{Op: "read", Path: path, Err: err}
		case k == 0:
			return n, true, nil
		}
		n += k
	}
	return n, false, nil
}

// close releases what the reader holds open.
func (r *regularReader) close() { r.dirs.close() }

// openPath opens path for reading, as os.Open does without the poller.
func openPath(path string) (int, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			return fd, err
		}
	}
}
