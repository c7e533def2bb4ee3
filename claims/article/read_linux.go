package article

import (
	"path/filepath"
	"syscall"
)

// dirHandle opens files relative to their directory, the last one met
// kept open: files found in a directory come one after the other.
type dirHandle struct {
	dir string // the directory open, with its trailing separator; "" if none
	fd  int
}

// open opens path for reading. When its directory cannot be opened the
// path is opened whole, so errors are those os.Open gives.
func (h *dirHandle) open(path string) (int, error) {
	dir, name := filepath.Split(path)
	if dir == "" || name == "" {
		return openPath(path)
	}
	if dir != h.dir {
		h.close()
		fd, err := openPath(dir)
		if err != nil {
			return openPath(path)
		}
		h.dir, h.fd = dir, fd
	}
	for {
		fd, err := syscall.Openat(h.fd, name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			return fd, err
		}
	}
}

// close closes the directory open, if any.
func (h *dirHandle) close() {
	if h.dir != "" {
		syscall.Close(h.fd)
		h.dir = ""
	}
}
