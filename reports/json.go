package reports

import (
	"encoding/json"
	"io"
)

// WriteJSON writes v as the JSON every factline output uses: indented by
// two spaces, characters such as <, > and & kept as they are (article text
// is not HTML), and a final newline.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
