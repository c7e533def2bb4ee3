package claims

// findQuotes as it was before it read only the marks that start a token,
// and NormalizeQuote before it wrote runs of kept bytes at once, kept word
// for word as the references FuzzFindQuotes, FuzzNormalizeQuoteRuns and
// FuzzNormalizeQuotePlain compare them with.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factline/factline/claims/article"
)

// refFindQuotes is findQuotes' reference: it reads every byte.
func (d *doc) refFindQuotes() {
	paras := d.a.Paragraphs
	if len(paras) == 0 {
		paras = []article.Span{{Start: 0, End: len(d.a.Body)}}
	}
	body := d.a.Body
	for pi, p := range paras {
		if p.Start < 0 || p.End > len(body) || p.Start > p.End {
			continue
		}
		if d.headingAt(p.Start) {
			continue
		}
		open := -1
		openLen := 0
		straight := false
		single, singleLen := -1, 0 // an open single quotation mark, outside double ones
		for i := p.Start; i < p.End; {
			if c := body[i]; c < utf8.RuneSelf && c != '"' && c != '\'' {
				i++ // no quotation mark: the common case, without decoding
				continue
			}
			r, n := utf8.DecodeRuneInString(body[i:])
			switch {
			case r == '“':
				if open < 0 {
					open, openLen, straight, single = i, n, false, -1
				}
			case r == '”':
				if open >= 0 && !straight {
					d.addQuote(open, openLen, i, pi, false)
					open = -1
				}
			case r == '"':
				if open >= 0 && straight {
					d.addQuote(open, openLen, i, pi, false)
					open = -1
				} else if open < 0 && opensQuote(body, i, p.Start) {
					open, openLen, straight, single = i, n, true, -1
				}
			case (r == '‘' || r == '\'') && open < 0 && single < 0:
				if opensQuote(body, i, p.Start) && letterAt(body, i+n) {
					single, singleLen = i, n
				}
			case (r == '’' || r == '\'') && open < 0 && single >= 0:
				if closesSingle(body, i, n) {
					d.addQuote(single, singleLen, i, pi, false)
					single = -1
				}
			}
			i += n
		}
		if open >= 0 {
			d.addQuote(open, openLen, p.End, pi, true)
		}
	}
	for qi := range d.quotes {
		q := &d.quotes[qi]
		q.t0 = d.tokenAt(q.inner.Start)
		q.t1 = q.t0
		for q.t1 < len(d.toks) && int(d.toks[q.t1].start) < q.inner.End {
			d.toks[q.t1].bits |= tokInQuote
			q.t1++
		}
	}
}

// refNormalizeQuote is NormalizeQuote's reference: it writes every ASCII
// byte on its own.
func refNormalizeQuote(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, most of the text, without decoding.
			i++
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
				space = b.Len() > 0
				continue
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c == '`':
				c = '\''
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch r {
		case '’', '‘', '`', '´':
			r = '\''
		case '“', '”', '„', '«', '»':
			r = '"'
		case '—', '–':
			r = '-'
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.TrimFunc(b.String(), func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSpace(r) || r == '-'
	})
}
