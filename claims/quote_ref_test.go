package claims

// findQuotes as it was before it read only the marks that start a token,
// kept word for word as the reference FuzzFindQuotes compares it with.

import (
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
			d.toks[q.t1].inQuote = true
			q.t1++
		}
	}
}
