package article

// parseHTML reads an HTML page: its metadata and its main text.
func parseHTML(path string, src []byte) (*document, []Diagnostic) {
	return nil, []Diagnostic{{Path: path, Severity: SeverityError, Message: "HTML input is not supported yet"}}
}
