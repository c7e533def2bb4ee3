package article

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// frontMatter is the YAML block at the top of a text or Markdown file.
type frontMatter struct {
	// fields holds the known keys' values, by knownKey.
	fields [len(knownKeys)]fmValue
	meta   map[string]any
}

// fmValue is one known front matter value with where it stands.
type fmValue struct {
	text      string
	line, col int
	set       bool // the key is there (its value may be empty)
}

// splitFrontMatter finds a front matter block: a first line "---", YAML,
// and a closing "---" (or "...") line. It returns where the YAML lies in
// src (src[ymlStart:ymlEnd]), the file line the YAML starts on, and the
// offset where the body starts. ok is false when there is no front
// matter; err is set when it is not terminated.
func splitFrontMatter(src []byte) (ymlStart, ymlEnd, firstLine, bodyStart int, ok bool, err error) {
	start := 0
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		start = 3
	}
	line, next := lineAt(src, start)
	if string(bytes.TrimRight(line, " \t\r")) != "---" {
		return 0, 0, 0, 0, false, nil
	}
	yamlStart := next
	n := 2
	for off := next; off < len(src); n++ {
		line, next = lineAt(src, off)
		if t := bytes.TrimRight(line, " \t\r"); string(t) == "---" || string(t) == "..." {
			return yamlStart, off, 2, next, true, nil
		}
		off = next
	}
	return 0, 0, 0, 0, false, errors.New(`front matter is not terminated: add a "---" line after it`)
}

// lineAt returns the line starting at off, without its newline, and the
// offset of the next line.
func lineAt(src []byte, off int) ([]byte, int) {
	i := bytes.IndexByte(src[off:], '\n')
	if i < 0 {
		return src[off:], len(src)
	}
	return src[off : off+i], off + i + 1
}

// knownKeys are the front matter keys factline reads; others go to Meta.
var knownKeys = [...]string{keyTitle: "title", keyOutlet: "outlet", keyURL: "url", keyPublished: "published", keyTimezone: "timezone", keyID: "id"}

// The indexes of the known keys in knownKeys and frontMatter.fields.
const (
	keyTitle = iota
	keyOutlet
	keyURL
	keyPublished
	keyTimezone
	keyID
)

// knownKey returns the index of key in knownKeys, -1 if it is not one.
func knownKey(key string) int {
	for i, k := range knownKeys {
		if key == k {
			return i
		}
	}
	return -1
}

// parseFrontMatter reads the YAML of a front matter block that starts on
// file line firstLine into fm, which must be empty. Errors carry file
// positions. yml is a slice of the file's text: the values read without
// the YAML parser are slices of it too, not copies.
func parseFrontMatter(fm *frontMatter, path string, yml string, firstLine int) []Diagnostic {
	if strings.TrimSpace(yml) == "" {
		return nil
	}
	if parseSimpleFrontMatter(fm, yml, firstLine) {
		return nil
	}
	*fm = frontMatter{} // what the fast path set before it gave up
	return parseYAMLFrontMatter(fm, path, []byte(yml), firstLine)
}

// parseYAMLFrontMatter is parseFrontMatter with the YAML parser, for any
// front matter.
func parseYAMLFrontMatter(fm *frontMatter, path string, yml []byte, firstLine int) []Diagnostic {
	errAt := func(line, col int, format string, args ...any) []Diagnostic {
		return []Diagnostic{{Path: path, Line: line, Column: col, Severity: SeverityError, Message: fmt.Sprintf(format, args...)}}
	}
	// goccy/go-yaml counts a comment's CRLF as two line breaks ("#\r\n"
	// puts the next key a line too low); a CR before LF changes no line
	// or column, so it goes.
	if bytes.Contains(yml, []byte("\r\n")) {
		yml = bytes.ReplaceAll(yml, []byte("\r\n"), []byte("\n"))
	}
	f, err := parser.ParseBytes(yml, 0)
	if err != nil {
		line, col := firstLine, 1
		msg := err.Error()
		var ye yaml.Error
		if errors.As(err, &ye) {
			msg = ye.GetMessage()
			if tk := ye.GetToken(); tk != nil && tk.Position != nil {
				line, col = firstLine+tk.Position.Line-1, tk.Position.Column
			}
		}
		return errAt(line, col, "front matter: %s", msg)
	}
	if len(f.Docs) == 0 || f.Docs[0].Body == nil {
		return nil
	}
	if len(f.Docs) > 1 {
		return errAt(firstLine, 1, "front matter: more than one YAML document")
	}
	body := f.Docs[0].Body
	mapping, ok := body.(ast.MapNode)
	if !ok {
		line, col := nodePos(body, firstLine)
		return errAt(line, col, "front matter: want \"key: value\" lines, found %s", strings.ToLower(body.Type().String()))
	}
	for it := mapping.MapRange(); it.Next(); {
		key := strings.TrimSpace(it.Key().String())
		val := it.Value()
		if k := knownKey(key); k >= 0 {
			line, col := nodePos(val, firstLine)
			scalar, isScalar := val.(ast.ScalarNode)
			if !isScalar {
				return errAt(line, col, "front matter: %s: want a single value, found %s", key, strings.ToLower(val.Type().String()))
			}
			text := fmt.Sprint(scalar.GetValue())
			if tk := val.GetToken(); tk != nil {
				text = tk.Value // as written: "2025-02-22", not a decoded time
			}
			if _, isNull := val.(*ast.NullNode); isNull {
				text = ""
			}
			fm.fields[k] = fmValue{text: strings.TrimSpace(text), line: line, col: col, set: true}
			continue
		}
		var v any
		if err := yaml.NodeToValue(val, &v); err != nil {
			line, col := nodePos(val, firstLine)
			return errAt(line, col, "front matter: %s: %v", key, err)
		}
		if fm.meta == nil {
			fm.meta = map[string]any{}
		}
		fm.meta[key] = v
	}
	return nil
}

// nodePos is the file line and column of a YAML node.
func nodePos(n ast.Node, firstLine int) (int, int) {
	tk := n.GetToken()
	if tk == nil || tk.Position == nil {
		return firstLine, 1
	}
	return firstLine + tk.Position.Line - 1, tk.Position.Column
}

// parseSimpleFrontMatter reads the common front matter into fm without a
// YAML parser: lines "key: value" with known, distinct keys and values
// that are plain words (letters, digits, spaces, ".,'-_/+()" and ":"
// inside a word) or double-quoted text without escapes, plus blank lines
// and comment lines. It returns false for anything else, which the YAML
// parser then reads (fm may then hold some of the values); when it
// returns true, fm holds what the parser would give. The values are
// slices of yml.
func parseSimpleFrontMatter(fm *frontMatter, yml string, firstLine int) bool {
	for i := strings.IndexByte(yml, '\r'); i >= 0; {
		if i+1 == len(yml) || yml[i+1] != '\n' {
			return false // a lone CR breaks a YAML line: the parser decides
		}
		next := strings.IndexByte(yml[i+1:], '\r')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	found := false
	for n, off := 0, 0; off < len(yml); n++ {
		line := yml[off:]
		if i := strings.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
			off += i + 1
		} else {
			off = len(yml)
		}
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		k := 0
		for k < len(line) && (line[k] >= 'a' && line[k] <= 'z' || line[k] == '_') {
			k++
		}
		if k == 0 || k+1 >= len(line) || line[k] != ':' || line[k+1] != ' ' {
			return false
		}
		key := knownKey(line[:k])
		if key < 0 || fm.fields[key].set {
			return false
		}
		v := k + 1
		for v < len(line) && line[v] == ' ' {
			v++
		}
		text, ok := simpleScalar(line[v:])
		if !ok {
			return false
		}
		fm.fields[key] = fmValue{text: text, line: firstLine + n, col: v + 1, set: true}
		found = true
	}
	return found
}

// simpleScalar reads a front matter value for parseSimpleFrontMatter:
// the value is s or a slice of it.
func simpleScalar(s string) (string, bool) {
	if len(s) == 0 || s[len(s)-1] == ' ' {
		return "", false // trailing spaces move the YAML parser's columns
	}
	if s[0] == '"' {
		end := strings.IndexByte(s[1:], '"') + 1
		if end == 0 || end != len(s)-1 {
			return "", false
		}
		q := s[1:end]
		// Not valid UTF-8, escapes, controls, YAML line breaks: the
		// parser decides. ASCII bytes are told apart without decoding.
		for i := 0; i < len(q); {
			if c := q[i]; c < utf8.RuneSelf {
				if c < 0x20 || c == 0x7f || c == '\\' {
					return "", false
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(q[i:])
			if r == utf8.RuneError && size == 1 || r == 0x85 || r == 0x2028 || r == 0x2029 || r == 0xfeff {
				return "", false
			}
			i += size
		}
		return strings.TrimSpace(q), true
	}
	if !isASCIIAlnum(s[0]) {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !plainValueByte[c] && (c != ':' || i+1 == len(s) || s[i+1] == ' ') {
			return "", false
		}
	}
	switch s {
	case "null", "Null", "NULL":
		return "", false
	}
	return s, true
}

// plainValueByte marks the bytes of a plain (unquoted) value that
// simpleScalar takes anywhere: ASCII letters and digits, the space and
// ".,'-_/+()". A ':' counts when a byte other than a space follows it.
var plainValueByte = func() (t [256]bool) {
	for c := range t {
		t[c] = isASCIIAlnum(byte(c)) || strings.IndexByte(" .,'-_/+()", byte(c)) >= 0
	}
	return t
}()

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
