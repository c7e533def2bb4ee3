package article

import (
	"io"
	"time"
)

// LoadOptions tune Load.
type LoadOptions struct {
	// Published is used for articles whose front matter and metadata give
	// no publication date (the --published flag). Zero means none.
	Published time.Time
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Boilerplate adds phrases to the built-in list of scraped-page junk.
	Boilerplate []string
}

// Load reads the articles at paths (files, directories read recursively,
// "-" for standard input). It returns the articles that loaded, sorted by
// path, and diagnostics for the rest: a file that cannot be used gets an
// error diagnostic and never stops the others from loading.
func Load(paths []string, opts LoadOptions) ([]*Article, []Diagnostic) {
	return nil, nil
}
