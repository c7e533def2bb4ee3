package article

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
)

// Limits that keep hostile markup linear: implicit and end tags look at
// most maxScan open elements up, and elements nest at most maxDepth deep
// (deeper ones are read as part of their parent).
const (
	maxScan  = 64
	maxDepth = 256
)

// hnode is an element of an HTML page, as much of a DOM as extraction
// needs.
type hnode struct {
	tag     string
	depth   int
	classID string // the class and id attributes, for junk and content hints
	parent  *hnode
	content []hcontent
	// score is the readability score of the paragraphs under it.
	score float64
}

// hcontent is a text run or a child element, in document order.
type hcontent struct {
	child *hnode
	off   int    // file offset of the text
	raw   string // the text as in the file, entities not decoded
}

// htmlVoid are elements without content or end tag.
var htmlVoid = set("area base br col embed hr img input link meta param source track wbr")

// htmlSkip are elements whose content is never article text.
var htmlSkip = set("script style noscript template svg iframe canvas button select textarea option nav header footer aside form figure figcaption menu dialog object video audio picture head title")

// htmlBlock are elements that start a new paragraph.
var htmlBlock = set("p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr td th tbody thead tfoot caption address center body html hr br details summary")

// htmlClosesP are start tags that close an open <p>.
var htmlClosesP = set("p div section article main h1 h2 h3 h4 h5 h6 ul ol dl blockquote pre table address figure header footer nav aside form hr")

// junkClassWords in a class or id mark page furniture.
var junkClassWords = set("comment comments share sharing social related promo sidebar newsletter subscribe subscription advert advertisement ad ads cookie cookies footer nav navigation menu breadcrumb breadcrumbs popup modal caption credit tags teaser teasers recommended recommendations trending outbrain taboola byline widget masthead banner sponsored")

// contentClassWords in a class or id mark the article text.
var contentClassWords = set("article content story body main post entry text")

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// htmlMeta collects page metadata while tokenizing.
type htmlMeta struct {
	title, ogTitle, siteName, url, canonical string
	dates                                    []metaDate
	jsonLD                                   []hcontent
}

// metaDate is a candidate publication date with its rank (lower wins).
type metaDate struct {
	rank  int
	value string
	off   int
	what  string
}

// parseHTML reads an HTML page into d: its metadata and its main text.
func parseHTML(d *document, path string, src []byte, starts []int) []Diagnostic {
	root, meta := buildTree(src)
	if first, n := firstInvalidUTF8(src); first >= 0 {
		line, col := lineCol(src, starts, first)
		d.diags = append(d.diags, Diagnostic{Path: path, Line: line, Column: col, Severity: SeverityWarning,
			Message: fmt.Sprintf("invalid UTF-8: %d byte(s) replaced by U+FFFD (is the page in another encoding?)", n)})
	}
	for _, ld := range meta.jsonLD {
		readJSONLD(ld, meta)
	}
	d.title = firstNonEmpty(meta.ogTitle, meta.title)
	d.outlet = meta.siteName
	d.url = firstNonEmpty(meta.url, meta.canonical)
	sort.SliceStable(meta.dates, func(i, j int) bool { return meta.dates[i].rank < meta.dates[j].rank })
	for _, md := range meta.dates {
		t, err := ParseDate(md.value, nil)
		if err != nil {
			line, col := lineCol(src, starts, md.off)
			d.diags = append(d.diags, Diagnostic{Path: path, Line: line, Column: col, Severity: SeverityWarning,
				Message: fmt.Sprintf("%s: %v; ignored", md.what, err)})
			continue
		}
		d.published, d.publishedSource = t, "html meta"
		break
	}
	d.blocks, d.pageBlocks = extractMain(root, src, starts)
	return nil
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// buildTree tokenizes src into a tree of hnodes, collecting metadata on
// the way. It never fails: broken markup gives a rougher tree.
func buildTree(src []byte) (*hnode, *htmlMeta) {
	meta := &htmlMeta{}
	root := &hnode{tag: "#root"}
	cur := root
	z := xhtml.NewTokenizer(bytes.NewReader(src))
	z.SetMaxBuf(0)
	off := 0
	inTitle := false
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			break // io.EOF, or a page too broken to read on: keep what we have
		}
		raw := z.Raw()
		tokOff := off
		off += len(raw)
		switch tt {
		case xhtml.TextToken:
			if inTitle {
				meta.title += html.UnescapeString(string(raw))
				continue
			}
			cur.content = append(cur.content, hcontent{off: tokOff, raw: string(raw)})
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			collectMeta(meta, tag, attrs, tokOff)
			if tag == "title" && tt == xhtml.StartTagToken {
				inTitle = true
				continue
			}
			if htmlClosesP[tag] {
				for n, k := cur, 0; n != nil && n != root && k < maxScan; n, k = n.parent, k+1 {
					if n.tag == "p" {
						cur = n.parent
						break
					}
					if htmlBlock[n.tag] {
						break
					}
				}
			}
			if tag == "li" || tag == "dt" || tag == "dd" || tag == "tr" || tag == "td" || tag == "th" {
				// An open item of the same kind closes.
				for n, k := cur, 0; n != nil && n != root && k < maxScan; n, k = n.parent, k+1 {
					if n.tag == tag {
						cur = n.parent
						break
					}
					if n.tag == "ul" || n.tag == "ol" || n.tag == "dl" || n.tag == "table" {
						break
					}
				}
			}
			if cur.depth >= maxDepth {
				continue
			}
			n := &hnode{tag: tag, parent: cur, depth: cur.depth + 1, classID: strings.ToLower(attrs["class"] + " " + attrs["id"])}
			if tag == "script" && strings.Contains(strings.ToLower(attrs["type"]), "ld+json") {
				n.tag = "#ldjson"
			}
			cur.content = append(cur.content, hcontent{child: n, off: tokOff})
			if tt == xhtml.StartTagToken && !htmlVoid[tag] {
				cur = n
			}
		case xhtml.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if tag == "title" {
				inTitle = false
				continue
			}
			for n, k := cur, 0; n != nil && n != root && k < maxScan; n, k = n.parent, k+1 {
				if n.tag == tag || (tag == "script" && n.tag == "#ldjson") {
					if n.tag == "#ldjson" {
						meta.jsonLD = append(meta.jsonLD, n.content...)
					}
					cur = n.parent
					break
				}
			}
		}
	}
	return root, meta
}

// collectMeta records the metadata a start tag carries.
func collectMeta(meta *htmlMeta, tag string, attrs map[string]string, off int) {
	switch tag {
	case "meta":
		key := strings.ToLower(firstNonEmpty(attrs["property"], attrs["name"], attrs["itemprop"]))
		content := strings.TrimSpace(attrs["content"])
		if content == "" {
			return
		}
		switch key {
		case "article:published_time":
			meta.dates = append(meta.dates, metaDate{0, content, off, "article:published_time"})
		case "datepublished", "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "parsely-pub-date", "sailthru.date", "og:published_time":
			meta.dates = append(meta.dates, metaDate{2, content, off, "meta " + key})
		case "og:site_name":
			meta.siteName = html.UnescapeString(content)
		case "og:title":
			meta.ogTitle = html.UnescapeString(content)
		case "og:url":
			meta.url = content
		}
	case "link":
		if strings.EqualFold(attrs["rel"], "canonical") {
			meta.canonical = attrs["href"]
		}
	case "time":
		if dt := strings.TrimSpace(attrs["datetime"]); dt != "" && !hasMetaRank(meta, 3) {
			meta.dates = append(meta.dates, metaDate{3, dt, off, "<time datetime>"})
		}
	}
}

func hasMetaRank(meta *htmlMeta, rank int) bool {
	for _, d := range meta.dates {
		if d.rank == rank {
			return true
		}
	}
	return false
}

// readJSONLD reads datePublished, headline and publisher name from a
// JSON-LD script.
func readJSONLD(c hcontent, meta *htmlMeta) {
	if c.child != nil {
		return
	}
	var v any
	if json.Unmarshal([]byte(c.raw), &v) != nil {
		return
	}
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(e, depth+1)
			}
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok && !hasMetaRank(meta, 1) {
				meta.dates = append(meta.dates, metaDate{1, s, c.off + strings.Index(c.raw, "datePublished"), "JSON-LD datePublished"})
			}
			if s, ok := x["headline"].(string); ok && meta.ogTitle == "" {
				meta.ogTitle = s
			}
			if p, ok := x["publisher"].(map[string]any); ok && meta.siteName == "" {
				if s, ok := p["name"].(string); ok {
					meta.siteName = s
				}
			}
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				if k == "@graph" || k == "mainEntity" || k == "mainEntityOfPage" {
					walk(x[k], depth+1)
				}
			}
		}
	}
	walk(v, 0)
}

// hblock is a paragraph of the page with what scoring needs.
type hblock struct {
	block
	parent  *hnode // the nearest block element holding it
	linkLen int
	textLen int
	timeLen int // text inside <time>: a block of only that is a date stamp
	isPara  bool
}

// extractMain finds the page's main text, readability style: paragraphs
// score their parent (fully) and grandparent (half) by length and commas;
// the best-scoring element, and siblings scoring at least a fifth of it,
// hold the article. Navigation, headers, footers, asides, forms, figures
// and elements whose class or id names page furniture are never read;
// link-dense paragraphs are marked for the junk filter.
//
// It returns the main text's blocks and all the page's text blocks (where
// a publication date may be found outside the main text).
func extractMain(root *hnode, src []byte, starts []int) (main, page []block) {
	var blocks []hblock
	var tb textBuilder
	var cur *hblock
	var sp pendingSpace
	var walk func(n *hnode, inLink, inTime bool)
	open := func(n *hnode, heading, item bool) {
		blocks = append(blocks, hblock{parent: n})
		cur = &blocks[len(blocks)-1]
		cur.heading, cur.listItem = heading, item
		cur.isPara = n.tag == "p" || n.tag == "blockquote" || n.tag == "pre"
		tb = textBuilder{}
		sp = pendingSpace{}
	}
	closeBlock := func() {
		if cur == nil {
			return
		}
		b := tb.block()
		cur.text, cur.pieces = b.text, b.pieces
		cur = nil
	}
	addText := func(off int, raw string, inLink, inTime bool) {
		before := len(tb.buf)
		appendHTMLText(&tb, off, raw, &sp)
		if inLink {
			cur.linkLen += len(tb.buf) - before
		}
		if inTime {
			cur.timeLen += len(tb.buf) - before
		}
		cur.textLen += len(tb.buf) - before
	}
	walk = func(n *hnode, inLink, inTime bool) {
		for _, c := range n.content {
			if c.child == nil {
				if cur == nil {
					open(n, false, false)
				}
				addText(c.off, c.raw, inLink, inTime)
				continue
			}
			ch := c.child
			if htmlSkip[ch.tag] || ch.tag == "#ldjson" || isJunkElement(ch) {
				continue
			}
			if htmlBlock[ch.tag] {
				closeBlock()
				heading := len(ch.tag) == 2 && ch.tag[0] == 'h' && ch.tag[1] >= '1' && ch.tag[1] <= '6'
				if ch.tag != "br" && ch.tag != "hr" {
					open(ch, heading, ch.tag == "li")
					walk(ch, inLink || ch.tag == "a", inTime)
					closeBlock()
				}
				continue
			}
			if cur == nil {
				open(n, false, false)
			}
			walk(ch, inLink || ch.tag == "a", inTime || ch.tag == "time")
		}
	}
	walk(root, false, false)
	closeBlock()

	// Score the containers.
	var best *hnode
	for i := range blocks {
		b := &blocks[i]
		runes := utf8.RuneCountInString(b.text)
		if runes < 25 || b.heading || b.linkLen*2 > b.textLen {
			continue
		}
		score := 1 + float64(strings.Count(b.text, ",")) + min(float64(runes)/100, 3)
		p := b.parent
		if b.isPara || p.tag == "li" {
			p = p.parent
		}
		for k, weight := 0, 1.0; p != nil && k < 2; k, weight = k+1, weight/2 {
			if p.score == 0 && hasClassWord(p, contentClassWords) {
				p.score += 5
			}
			if p.score == 0 && (p.tag == "article" || p.tag == "main") {
				p.score += 5
			}
			p.score += score * weight
			if best == nil || p.score > best.score {
				best = p
			}
			p = p.parent
		}
	}
	for _, b := range blocks {
		if strings.TrimSpace(b.text) == "" {
			continue
		}
		if len(b.pieces) > 0 {
			b.line, b.col = lineCol(src, starts, b.pieces[0].File)
		}
		page = append(page, b.block)
		if b.timeLen >= b.textLen || (best != nil && !underMain(b.parent, best)) {
			continue
		}
		b.linkDense = b.textLen > 0 && b.linkLen*2 > b.textLen
		main = append(main, b.block)
	}
	return main, page
}

// underMain reports whether n is best, under it, or under a sibling of it
// that scores at least a fifth of it.
func underMain(n, best *hnode) bool {
	for ; n != nil; n = n.parent {
		if n == best {
			return true
		}
		if n.parent == best.parent && best.parent != nil && n.score > 0 && n.score*5 >= best.score {
			return true
		}
	}
	return false
}

// isJunkElement reports whether an element's class or id names page
// furniture. The page's main containers are never junk.
func isJunkElement(n *hnode) bool {
	if n.tag == "article" || n.tag == "main" || n.tag == "body" || n.tag == "html" {
		return false
	}
	return hasClassWord(n, junkClassWords) && !hasClassWord(n, contentClassWords)
}

// hasClassWord reports whether a class or id word of n is in words
// ("share-tools" has "share").
func hasClassWord(n *hnode, words map[string]bool) bool {
	for _, w := range strings.FieldsFunc(n.classID, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if words[w] {
			return true
		}
	}
	return false
}

// pendingSpace is white space seen but not yet written: it is written,
// as one space, only before more text of the same paragraph.
type pendingSpace struct {
	set   bool
	off   int  // file offset of the white space
	exact bool // it was a single " " in the file
}

// appendHTMLText appends a text run of the page, collapsing white space
// and decoding entities. Plain bytes map exactly to the file; decoded
// entities and collapsed space are inexact pieces.
func appendHTMLText(tb *textBuilder, off int, raw string, sp *pendingSpace) {
	flushSpace := func() {
		if sp.set && len(tb.buf) > 0 {
			if sp.exact {
				tb.exact(sp.off, " ")
			} else {
				tb.decoded(sp.off, " ")
			}
		}
		sp.set = false
	}
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case isHTMLSpace(c):
			j := i
			for j < len(raw) && isHTMLSpace(raw[j]) {
				j++
			}
			if !sp.set {
				*sp = pendingSpace{set: true, off: off + i, exact: j-i == 1 && c == ' '}
			} else {
				sp.exact = false
			}
			i = j
		case c == '&':
			end := entityEnd(raw, i)
			dec := html.UnescapeString(raw[i:end])
			if dec == "\u00a0" {
				if !sp.set {
					*sp = pendingSpace{set: true, off: off + i}
				}
				sp.exact = false
				i = end
				continue
			}
			flushSpace()
			if dec == raw[i:end] {
				tb.exact(off+i, dec)
			} else {
				tb.decoded(off+i, dec)
			}
			i = end
		default:
			j := i
			for j < len(raw) && !isHTMLSpace(raw[j]) && raw[j] != '&' {
				j++
			}
			flushSpace()
			tb.exact(off+i, raw[i:j])
			i = j
		}
	}
}

func isHTMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// entityEnd returns the end of the character reference starting at s[i]
// ("&amp;", "&#8217;", "&#x2019;"), or i+1 when there is none.
func entityEnd(s string, i int) int {
	j := i + 1
	for j < len(s) && j-i < 32 {
		c := s[j]
		if c == ';' {
			return j + 1
		}
		if !(c == '#' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			break
		}
		j++
	}
	if j > i+1 {
		return j // a reference without its semicolon, as browsers accept
	}
	return i + 1
}

// lineStarts lists the offsets at which the lines of src start.
func lineStarts(src []byte) []int {
	return appendLineStarts(make([]int, 1, bytes.Count(src, []byte{'\n'})+1), src, 0)
}

// appendLineStarts appends to starts the offsets of the lines of src
// that start after offset i.
func appendLineStarts(starts []int, src []byte, i int) []int {
	for {
		k := bytes.IndexByte(src[i:], '\n')
		if k < 0 {
			return starts
		}
		i += k + 1
		starts = append(starts, i)
	}
}

// lineCol is the 1-based line and rune column of offset off.
func lineCol(src []byte, starts []int, off int) (int, int) {
	off = max(0, min(off, len(src)))
	if len(starts) == 0 {
		starts = []int{0}
	}
	line := sort.SearchInts(starts, off+1) - 1
	return line + 1, utf8.RuneCount(src[starts[line]:off]) + 1
}
