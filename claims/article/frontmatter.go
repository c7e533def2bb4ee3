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

// get returns the value of the known key, empty if it is not there.
func (fm *frontMatter) get(key string) fmValue {
	return fm.fields[knownKey(key)]
}

// splitFrontMatter finds a front matter block: a first line "---", YAML,
// and a closing "---" (or "...") line. It returns the YAML, the file line
// the YAML starts on, and the offset where the body starts. ok is false
// when there is no front matter; err is set when it is not terminated.
func splitFrontMatter(src []byte) (yml []byte, firstLine, bodyStart int, ok bool, err error) {
	start := 0
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		start = 3
	}
	line, next := lineAt(src, start)
	if string(bytes.TrimRight(line, " \t\r")) != "---" {
		return nil, 0, 0, false, nil
	}
	yamlStart := next
	n := 2
	for off := next; off < len(src); n++ {
		line, next = lineAt(src, off)
		if t := bytes.TrimRight(line, " \t\r"); string(t) == "---" || string(t) == "..." {
			return src[yamlStart:off], 2, next, true, nil
		}
		off = next
	}
	return nil, 0, 0, false, errors.New(`front matter is not terminated: add a "---" line after it`)
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
var knownKeys = [...]string{"title", "outlet", "url", "published", "timezone", "id"}

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
// file line firstLine. Errors carry file positions.
func parseFrontMatter(path string, yml []byte, firstLine int) (*frontMatter, []Diagnostic) {
	if len(bytes.TrimSpace(yml)) == 0 {
		return &frontMatter{}, nil
	}
	if simple, ok := parseSimpleFrontMatter(yml, firstLine); ok {
		return simple, nil
	}
	return parseYAMLFrontMatter(path, yml, firstLine)
}

// parseYAMLFrontMatter is parseFrontMatter with the YAML parser, for any
// front matter.
func parseYAMLFrontMatter(path string, yml []byte, firstLine int) (*frontMatter, []Diagnostic) {
	fm := &frontMatter{}
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
		return fm, errAt(line, col, "front matter: %s", msg)
	}
	if len(f.Docs) == 0 || f.Docs[0].Body == nil {
		return fm, nil
	}
	if len(f.Docs) > 1 {
		return fm, errAt(firstLine, 1, "front matter: more than one YAML document")
	}
	body := f.Docs[0].Body
	mapping, ok := body.(ast.MapNode)
	if !ok {
		line, col := nodePos(body, firstLine)
		return fm, errAt(line, col, "front matter: want \"key: value\" lines, found %s", strings.ToLower(body.Type().String()))
	}
	for it := mapping.MapRange(); it.Next(); {
		key := strings.TrimSpace(it.Key().String())
		val := it.Value()
		if k := knownKey(key); k >= 0 {
			line, col := nodePos(val, firstLine)
			scalar, isScalar := val.(ast.ScalarNode)
			if !isScalar {
				return fm, errAt(line, col, "front matter: %s: want a single value, found %s", key, strings.ToLower(val.Type().String()))
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
			return fm, errAt(line, col, "front matter: %s: %v", key, err)
		}
		if fm.meta == nil {
			fm.meta = map[string]any{}
		}
		fm.meta[key] = v
	}
	return fm, nil
}

// nodePos is the file line and column of a YAML node.
func nodePos(n ast.Node, firstLine int) (int, int) {
	tk := n.GetToken()
	if tk == nil || tk.Position == nil {
		return firstLine, 1
	}
	return firstLine + tk.Position.Line - 1, tk.Position.Column
}

// parseSimpleFrontMatter reads the common front matter without a YAML
// parser: lines "key: value" with known, distinct keys and values that
// are plain words (letters, digits, spaces, ".,'-_/+()" and ":" inside a
// word) or double-quoted text without escapes, plus blank lines and
// comment lines. ok is false for anything else, which the YAML parser
// then reads; when ok is true the result is what it would give.
func parseSimpleFrontMatter(yml []byte, firstLine int) (fm *frontMatter, ok bool) {
	for i := bytes.IndexByte(yml, '\r'); i >= 0; {
		if i+1 == len(yml) || yml[i+1] != '\n' {
			return nil, false // a lone CR breaks a YAML line: the parser decides
		}
		next := bytes.IndexByte(yml[i+1:], '\r')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	fm = &frontMatter{}
	found := false
	for n, off := 0, 0; off < len(yml); n++ {
		line, next := lineAt(yml, off)
		off = next
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		k := 0
		for k < len(line) && (line[k] >= 'a' && line[k] <= 'z' || line[k] == '_') {
			k++
		}
		if k == 0 || k+1 >= len(line) || line[k] != ':' || line[k+1] != ' ' {
			return nil, false
		}
		key := knownKey(string(line[:k]))
		if key < 0 || fm.fields[key].set {
			return nil, false
		}
		v := k + 1
		for v < len(line) && line[v] == ' ' {
			v++
		}
		text, ok := simpleScalar(line[v:])
		if !ok {
			return nil, false
		}
		fm.fields[key] = fmValue{text: text, line: firstLine + n, col: v + 1, set: true}
		found = true
	}
	return fm, found
}

// simpleScalar reads a front matter value for parseSimpleFrontMatter.
func simpleScalar(s []byte) (string, bool) {
	if len(s) == 0 || s[len(s)-1] == ' ' {
		return "", false // trailing spaces move the YAML parser's columns
	}
	if s[0] == '"' {
		end := bytes.IndexByte(s[1:], '"') + 1
		if end == 0 || end != len(s)-1 {
			return "", false
		}
		q := s[1:end]
		if !utf8.Valid(q) {
			return "", false
		}
		for _, r := range string(q) {
			switch {
			case r < 0x20 || r == 0x7f || r == '\\' || r == 0x85 || r == 0x2028 || r == 0x2029 || r == 0xfeff:
				return "", false // escapes, controls, YAML line breaks
			}
		}
		return strings.TrimSpace(string(q)), true
	}
	if !isASCIIAlnum(s[0]) {
		return "", false
	}
	t := s
	for i, c := range t {
		switch {
		case isASCIIAlnum(c) || c == ' ' || c == '.' || c == ',' || c == '\'' || c == '-' || c == '_' || c == '/' || c == '+' || c == '(' || c == ')':
		case c == ':' && i+1 < len(t) && t[i+1] != ' ':
		default:
			return "", false
		}
	}
	switch string(t) {
	case "null", "Null", "NULL":
		return "", false
	}
	return string(t), true
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
