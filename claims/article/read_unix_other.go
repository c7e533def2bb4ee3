//go:build unix && !linux

package article

// dirHandle opens files by their whole path: this system's syscall
// package has no openat.
type dirHandle struct{}

func (dirHandle) open(path string) (int, error) { return openPath(path) }

func (dirHandle) close() {}
