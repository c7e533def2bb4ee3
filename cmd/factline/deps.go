package main

// Temporary: pins the project's chosen dependencies in go.mod while the
// packages that use them are written in parallel. Removed once each is
// imported by real code.
import (
	_ "github.com/araddon/dateparse"
	_ "github.com/chromedp/chromedp"
	_ "github.com/expr-lang/expr"
	_ "github.com/goccy/go-yaml"
	_ "golang.org/x/net/html"
	_ "golang.org/x/term"
)
