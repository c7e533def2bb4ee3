package article

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/bits"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/factline/factline/claims/swar"
)

// DefaultMaxBytes is the largest input Load reads when LoadOptions.MaxBytes
// is zero: 10 MiB, far above any news article, low enough that a wrong
// file (a log, a dump) is refused at once.
const DefaultMaxBytes = 10 << 20

// Extensions are the file name extensions Load reads, lower case. Other
// files met in a directory are skipped with a notice.
var Extensions = []string{".md", ".markdown", ".txt", ".html", ".htm"}

// LoadOptions tune Load.
type LoadOptions struct {
	// Published is used for articles whose front matter and metadata give
	// no publication date (the --published flag). Zero means none.
	Published time.Time
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Boilerplate adds phrases to the built-in list of scraped-page junk
	// (see Boilerplate): a paragraph that is one of them, or contains one
	// of the longer ones, is removed.
	Boilerplate []string
	// MaxBytes is the largest file read; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Progress, when set, is called after each input is read with how many
	// have been read and how many there are (directories walked first).
	Progress func(done, total int)
}

// Load reads the articles at paths (files, directories read recursively,
// "-" for standard input). It returns the articles that loaded, sorted by
// path, and diagnostics for the rest: a file that cannot be used gets an
// error diagnostic and never stops the others from loading.
//
// Inside directories, hidden files and README files are skipped silently
// and files with other extensions with a notice; a file named explicitly
// is read whatever its extension.
func Load(paths []string, opts LoadOptions) ([]*Article, []Diagnostic) {
	l := &loader{opts: opts, junk: newJunkList(opts.Boilerplate)}
	if l.opts.MaxBytes <= 0 {
		l.opts.MaxBytes = DefaultMaxBytes
	}
	wd, _ := os.Getwd()
	for _, p := range paths {
		if p == "-" {
			l.queue("-", nil)
			continue
		}
		p = relPath(wd, p)
		info, err := os.Stat(p)
		if err != nil {
			l.errorf(p, 0, 0, "%s", describeOSError(err))
			continue
		}
		if info.IsDir() {
			l.loadDir(p)
			continue
		}
		l.queue(p, info)
	}
	if len(paths) > 1 {
		// One path reads each file once anyway: a directory's walk
		// meets each of its files once, by one path.
		l.seen = make(map[string]bool, len(l.pending))
	}
	for i, f := range l.pending {
		if f.path == "-" {
			l.loadStdin()
		} else {
			l.loadFile(f.path, f.info)
		}
		if opts.Progress != nil {
			opts.Progress(i+1, len(l.pending))
		}
	}
	l.files.close()
	sort.SliceStable(l.articles, func(i, j int) bool { return l.articles[i].Path < l.articles[j].Path })
	l.checkIDs()
	sort.SliceStable(l.diags, func(i, j int) bool {
		a, b := l.diags[i], l.diags[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	return l.articles, l.diags
}

// relPath makes an absolute path under the working directory wd relative
// to it; other paths are returned as given.
func relPath(wd, p string) string {
	if !filepath.IsAbs(p) || wd == "" {
		return p
	}
	r, err := filepath.Rel(wd, p)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return p
	}
	return r
}

// loader carries one Load call's state.
type loader struct {
	opts     LoadOptions
	junk     *junkList
	articles []*Article
	diags    []Diagnostic
	// seen holds the cleaned paths read, so a file named twice (or named
	// and inside a named directory) is read once; nil when Load was
	// given one path, which names no file twice.
	seen map[string]bool
	// pending are the inputs found, in order, read once all are known.
	pending []input
	// buf is the buffer files found in directories are read into,
	// reused file after file.
	buf []byte
	// files reads the files found in directories.
	files regularReader
	// scratch holds the working slices parsing lends from file to file.
	scratch scratch
}

// input is one file to read ("-" for standard input, with no info; a
// regular file found in a directory has no info either: it is sized when
// read).
type input struct {
	path string
	info fs.FileInfo
}

// queue adds an input to read.
func (l *loader) queue(path string, info fs.FileInfo) {
	l.pending = append(l.pending, input{path, info})
}

func (l *loader) errorf(path string, line, col int, format string, args ...any) {
	l.diags = append(l.diags, Diagnostic{Path: path, Line: line, Column: col, Severity: SeverityError, Message: fmt.Sprintf(format, args...)})
}

func (l *loader) noticef(path string, format string, args ...any) {
	l.diags = append(l.diags, Diagnostic{Path: path, Severity: SeverityNotice, Message: fmt.Sprintf(format, args...)})
}

// describeOSError words a file system error without repeating the path.
func describeOSError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "cannot read: permission denied"
	}
	return "cannot read: " + err.Error()
}

// isArticleFile reports whether name has one of Extensions.
func isArticleFile(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

func (l *loader) loadDir(dir string) {
	found := false
	err := walkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			l.errorf(p, 0, 0, "%s", describeOSError(err))
			if d != nil && d.IsDir() && p != dir {
				return fs.SkipDir
			}
			return nil
		}
		name := d.Name()
		if p != dir && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !isArticleFile(name) {
			l.noticef(p, "skipped: not an article file (%s)", strings.Join(Extensions, " "))
			return nil
		}
		// Upper-casing never turns other bytes into "README.": a
		// case-insensitive compare of the first 7 bytes says the same
		// without a copy of the name.
		if len(name) >= 7 && strings.EqualFold(name[:7], "README.") {
			return nil // a directory's README describes it; name it to read it
		}
		if d.Type().IsRegular() {
			// Known regular from the directory listing: loadFile reads
			// it without asking its size first.
			found = true
			l.queue(p, nil)
			return nil
		}
		info, err := d.Info()
		if err == nil && info.Mode()&fs.ModeSymlink != 0 {
			info, err = os.Stat(p) // a linked article is read like any other
		}
		if err != nil {
			l.errorf(p, 0, 0, "%s", describeOSError(err))
			return nil
		}
		found = true
		l.queue(p, info)
		return nil
	})
	if err != nil {
		l.errorf(dir, 0, 0, "%s", describeOSError(err))
		return
	}
	if !found {
		l.errorf(dir, 0, 0, "no articles found: the directory holds no %s files", strings.Join(Extensions, " "))
	}
}

// walkDir is filepath.WalkDir, the paths of a directory's entries made
// by appending their names to the directory's path where that gives what
// filepath.Join would (see joinName): the same calls of fn, without
// cleaning the path of every file of a large directory.
func walkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDirEntry(root, filepath.Clean(root) == root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == fs.SkipDir || err == fs.SkipAll {
		return nil
	}
	return err
}

// walkDirEntry is filepath.WalkDir's walk from path, whose entry is d;
// clean says path is clean (filepath.Clean returns it unchanged).
func walkDirEntry(path string, clean bool, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(path, d, nil); err != nil || !d.IsDir() {
		if err == fs.SkipDir && d.IsDir() {
			err = nil // the directory skipped
		}
		return err
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		// Second call, to report the ReadDir error.
		if err = fn(path, d, err); err != nil {
			if err == fs.SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, e := range entries {
		if err := walkDirEntry(joinName(path, clean, e.Name()), true, e, fn); err != nil {
			if err == fs.SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// joinName is filepath.Join(dir, name) for the name of an entry of
// directory dir (one element: no separator, not "." or ".."). When dir
// is clean, is not "." and does not end in a separator (a root), the
// joined path is dir, a separator and name, clean as it is: Join's
// cleaning would find nothing to do. Only where the separator is "/":
// elsewhere Clean also rewrites separators and volume names.
func joinName(dir string, clean bool, name string) string {
	if clean && filepath.Separator == '/' && dir != "." && dir != "" && dir[len(dir)-1] != '/' {
		return dir + "/" + name
	}
	return filepath.Join(dir, name)
}

func (l *loader) loadFile(path string, info fs.FileInfo) {
	if l.seen != nil {
		clean := path // found in a directory: joined to it, so clean
		if info != nil {
			clean = filepath.Clean(path)
		}
		if l.seen[clean] {
			return
		}
		l.seen[clean] = true
	}
	if info == nil {
		// A regular file of a directory, not sized yet: most fit the
		// loader's buffer, read whole without a stat call.
		if l.buf == nil {
			l.buf = make([]byte, min(smallFile, l.opts.MaxBytes+1))
		}
		n, whole, err := l.files.read(path, l.buf)
		if err != nil {
			l.errorf(path, 0, 0, "%s", describeOSError(err))
			return
		}
		if whole && int64(n) <= l.opts.MaxBytes {
			l.parse(path, bytes.Clone(l.buf[:n]))
			return
		}
		// Too large for the buffer: sized and read as a named file is.
		if info, err = os.Stat(path); err != nil {
			l.errorf(path, 0, 0, "%s", describeOSError(err))
			return
		}
	}
	if !l.checkSize(path, info) {
		return
	}
	f, err := os.Open(path)
	if err != nil {
		l.errorf(path, 0, 0, "%s", describeOSError(err))
		return
	}
	defer f.Close()
	src, err := l.readLimited(path, f, info.Size())
	if err != nil {
		return
	}
	l.parse(path, src)
}

// checkSize reports whether the file described by info may be read, and
// says why not when it may not.
func (l *loader) checkSize(path string, info fs.FileInfo) bool {
	if !info.Mode().IsRegular() {
		l.errorf(path, 0, 0, "not a regular file")
		return false
	}
	if info.Size() > l.opts.MaxBytes {
		l.errorf(path, 0, 0, "file too large: %d bytes, the limit is %d", info.Size(), l.opts.MaxBytes)
		return false
	}
	return true
}

// smallFile is the size of the buffer files found in directories are
// read into (see regularReader).
const smallFile = 64 << 10

func (l *loader) loadStdin() {
	if l.opts.Stdin == nil {
		l.errorf("-", 0, 0, "no standard input")
		return
	}
	src, err := l.readLimited("-", l.opts.Stdin, 0)
	if err != nil {
		return
	}
	l.parse("-", src)
}

// readLimited reads r whole, refusing more than MaxBytes. size is the
// expected size (a file's), used to read in one go; 0 if unknown.
func (l *loader) readLimited(path string, r io.Reader, size int64) ([]byte, error) {
	src, err := readAll(io.LimitReader(r, l.opts.MaxBytes+1), min(size, l.opts.MaxBytes)+1)
	if err != nil {
		l.errorf(path, 0, 0, "%s", describeOSError(err))
		return nil, err
	}
	if int64(len(src)) > l.opts.MaxBytes {
		l.errorf(path, 0, 0, "file too large: more than %d bytes", l.opts.MaxBytes)
		return nil, errors.New("too large")
	}
	return src, nil
}

// readAll is io.ReadAll starting with a buffer of capacity size (at
// least 512 bytes), so a file of known size is read without regrowing.
func readAll(r io.Reader, size int64) ([]byte, error) {
	b := make([]byte, 0, max(size, 512))
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// parse turns one input's bytes into an article, or diagnostics.
func (l *loader) parse(path string, src []byte) {
	a, diags := Parse(path, src, ParseOptions{Published: l.opts.Published, junk: l.junk, scratch: &l.scratch})
	l.diags = append(l.diags, diags...)
	if a != nil {
		l.articles = append(l.articles, a)
	}
}

// ParseOptions tune Parse.
type ParseOptions struct {
	// Published is the fallback publication date (the --published flag).
	Published time.Time
	// Boilerplate adds phrases to the built-in junk list.
	Boilerplate []string
	// junk is the compiled list, shared by the files of one Load.
	junk *junkList
	// scratch, when set, lends working slices: files parsed with the
	// same scratch are parsed one after the other. Only the loader sets
	// it, and src is then its own copy of a file, which nothing writes to
	// once it is read: its text may share its bytes (textOf).
	scratch *scratch
}

// textOf returns src as a string: a copy, or, when src is owned (the
// loader's, see ParseOptions.scratch), a string sharing its bytes. A file's text is as
// long as the file and lives as long as its article, which keeps src as
// well: sharing spares a copy of every file loaded. Nothing writes to an
// owned src after it is read (the article only hands it out through
// Source, whose callers may not change it), so the string stays as
// immutable as any.
func textOf(src []byte, owned bool) string {
	if owned && len(src) > 0 {
		return unsafe.String(unsafe.SliceData(src), len(src))
	}
	return string(src)
}

// Parse builds an article from one input's content. The format comes from
// the path's extension: .html and .htm are HTML, anything else is text or
// Markdown with optional YAML front matter. It returns nil and at least one
// error diagnostic when the content cannot be used; warnings about a usable
// article are both in the article and in the returned diagnostics.
func Parse(path string, src []byte, opts ParseOptions) (*Article, []Diagnostic) {
	if opts.junk == nil {
		opts.junk = newJunkList(opts.Boilerplate)
	}
	fail := func(line, col int, format string, args ...any) (*Article, []Diagnostic) {
		return nil, []Diagnostic{{Path: path, Line: line, Column: col, Severity: SeverityError, Message: fmt.Sprintf(format, args...)}}
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return fail(0, 0, "empty file")
	}
	if bytes.HasPrefix(src, []byte{0xFF, 0xFE}) || bytes.HasPrefix(src, []byte{0xFE, 0xFF}) {
		return fail(0, 0, "UTF-16 text: save the file as UTF-8")
	}
	off, starts := scanSource(src)
	if off >= 0 {
		return fail(0, 0, "binary file, not text (byte 0x%02x at offset %d)", src[off], off)
	}
	var doc document
	var errs []Diagnostic
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".html" || ext == ".htm" || (path == "-" && looksLikeHTML(src)) {
		errs = parseHTML(&doc, path, src, starts)
	} else {
		errs = parseText(&doc, path, src, textOf(src, opts.scratch != nil), starts, ext == ".md" || ext == ".markdown", opts.scratch)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	a := doc.build(path, src, starts, opts)
	if a == nil {
		return nil, doc.diags
	}
	return a, a.Warnings
}

// scanSource returns the offset of the first byte that marks src as
// binary (a NUL, or another control character other than tab, newline,
// carriage return and form feed), looking at the first 8 KiB, or -1 if
// none, and then the offsets at which the lines of src start
// (lineStarts; nil for a binary file). One pass finds both in those 8
// KiB: the newlines are control bytes, which the binary test stops at.
func scanSource(src []byte) (int, []int) {
	starts := make([]int, 1, bytes.Count(src, []byte{'\n'})+1)
	n := min(len(src), 8<<10)
	i := 0
	// Eight bytes at a time: most words have no byte below 0x20 (the
	// first test, exact as a yes or no); the others are looked at byte
	// for byte in the word. Runs of such words are skipped sixteen bytes
	// a turn, the test of both merged.
	for ; i+8 <= n; i += 8 {
		for ; i+16 <= n; i += 16 {
			x, y := swar.Load64(src, i), swar.Load64(src, i+8)
			if ((x-0x20*swar.Ones)&^x|(y-0x20*swar.Ones)&^y)&swar.High != 0 {
				break
			}
		}
		if i+8 > n {
			break
		}
		x := swar.Load64(src, i)
		if !hasBelow0x20(x) {
			continue
		}
		newlines := bytesEqual(x, '\n')
		control := below0x20(x) &^ (newlines | bytesEqual(x, '\t') | bytesEqual(x, '\r') | bytesEqual(x, '\f'))
		if control != 0 {
			return i + bits.TrailingZeros64(control)>>3, nil
		}
		for ; newlines != 0; newlines &= newlines - 1 {
			starts = append(starts, i+bits.TrailingZeros64(newlines)>>3+1)
		}
	}
	for ; i < n; i++ {
		if isBinaryByte(src[i]) {
			return i, nil
		}
		if src[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return -1, appendLineStarts(starts, src, i)
}

// isBinaryByte reports whether c is a control character text does not
// hold: below 0x20, other than tab, newline, carriage return and form
// feed.
func isBinaryByte(c byte) bool {
	return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f'
}

// looksLikeHTML reports whether standard input seems to be an HTML page.
func looksLikeHTML(src []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(src[:min(len(src), 512)]))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}

// firstInvalidUTF8 returns the offset of the first byte of src that is not
// valid UTF-8 and how many such places there are; -1 and 0 if none.
func firstInvalidUTF8(src []byte) (first, count int) {
	first = -1
	if utf8.Valid(src) {
		return first, 0
	}
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n == 1 {
			if first < 0 {
				first = i
			}
			count++
		}
		i += n
	}
	return first, count
}

// checkIDs warns about articles sharing an id: claims and rules refer to
// articles by id.
func (l *loader) checkIDs() {
	seen := make(map[string]string, len(l.articles))
	for _, a := range l.articles {
		if other, ok := seen[a.ID]; ok {
			d := Diagnostic{Path: a.Path, Severity: SeverityWarning, Message: fmt.Sprintf("duplicate article id %q (also %s): set \"id:\" in the front matter", a.ID, other)}
			a.Warnings = append(a.Warnings, d)
			l.diags = append(l.diags, d)
			continue
		}
		seen[a.ID] = a.Path
	}
}
