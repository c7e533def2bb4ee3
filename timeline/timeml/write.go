package timeml

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
)

// DCTID is the tid the writer gives the creation time.
const DCTID = "t0"

// Write writes d back as a TempEval-3 system document with the expressions
// of sys tagged as TIMEX3 in TEXT. The output is what the official
// TempEval-3 scorer expects of a system:
//
//   - Everything before <TEXT> (XML declaration, TimeML root, DOCID, the DCT
//     TIMEX3, TITLE, EXTRAINFO) is copied byte for byte, except that the
//     DCT's tid becomes "t0" when it was something else.
//   - TEXT holds the input text byte for byte (entity references kept as
//     written) with every tag of the input removed (gold TIMEX3, EVENT,
//     SIGNAL) and the TIMEX3 of sys inserted. Events are dropped because a
//     kept EVENT could cross a system TIMEX3 and because the events are
//     not the system's answer.
//   - After </TEXT>, the annotation elements MAKEINSTANCE, TLINK, SLINK and
//     ALINK are dropped (they refer to the removed gold tags); the rest is
//     copied.
//
// The inserted tags are numbered t1, t2, ... in text order and carry tid,
// type, value, mod (when set), temporalFunction, functionInDocument="NONE"
// and anchorTimeID when the expression was resolved from the DCT ("t0") or
// from another expression of sys (matched on TID). sys spans must lie in
// d.Text, be non-empty, not overlap and not cut an entity reference.
func (d *Document) Write(w io.Writer, sys []Timex) error {
	sorted := append([]Timex(nil), sys...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	newID := map[string]string{}
	for i, x := range sorted {
		if x.Start < 0 || x.End > len(d.Text) || x.Start >= x.End {
			return fmt.Errorf("%s: expression %q: span [%d,%d) outside the text (length %d)", d.Path, x.Text, x.Start, x.End, len(d.Text))
		}
		if i > 0 && x.Start < sorted[i-1].End {
			return fmt.Errorf("%s: expressions %q and %q overlap", d.Path, sorted[i-1].Text, x.Text)
		}
		if !d.boundary(x.Start) || !d.boundary(x.End) {
			return fmt.Errorf("%s: expression %q cuts an entity reference", d.Path, x.Text)
		}
		if x.TID != "" {
			newID[x.TID] = fmt.Sprintf("t%d", i+1)
		}
	}
	var b bytes.Buffer
	head := d.src[:d.textOpen]
	if d.DCT.TID != DCTID {
		b.Write(head[:d.dctTID[0]])
		b.WriteString(DCTID)
		b.Write(head[d.dctTID[1]:])
	} else {
		b.Write(head)
	}
	b.WriteString("<TEXT>")
	last := 0
	for i, x := range sorted {
		b.WriteString(d.raw[last:d.rawAt[x.Start]])
		fmt.Fprintf(&b, `<TIMEX3 tid="t%d" type="%s" value="%s"`, i+1, escape(x.Type), escape(x.Value))
		if x.Mod != "" {
			fmt.Fprintf(&b, ` mod="%s"`, escape(x.Mod))
		}
		anchor := x.AnchorTimeID
		switch {
		case anchor == DCTID || anchor == "DCT":
			anchor = DCTID
		case newID[anchor] != "":
			anchor = newID[anchor]
		default:
			anchor = ""
		}
		fmt.Fprintf(&b, ` temporalFunction="%t" functionInDocument="NONE"`, anchor != "")
		if anchor != "" {
			fmt.Fprintf(&b, ` anchorTimeID="%s"`, anchor)
		}
		b.WriteString(">")
		b.WriteString(d.raw[d.rawAt[x.Start]:d.rawAt[x.End]])
		b.WriteString("</TIMEX3>")
		last = d.rawAt[x.End]
	}
	b.WriteString(d.raw[last:])
	b.WriteString("</TEXT>")
	tail := d.src[d.textClose:]
	from := 0
	for _, l := range d.links {
		s, e := l[0]-d.textClose, l[1]-d.textClose
		if s < from || e > len(tail) {
			continue
		}
		b.Write(tail[from:s])
		// Drop the line break after the element too, so that no empty
		// lines pile up where the links were.
		if e < len(tail) && tail[e] == '\n' {
			e++
		}
		from = e
	}
	b.Write(tail[from:])
	_, err := w.Write(b.Bytes())
	return err
}

// boundary reports whether plain-text offset i falls between two raw
// characters rather than inside a decoded entity reference.
func (d *Document) boundary(i int) bool {
	return i == 0 || i == len(d.Text) || d.rawAt[i] != d.rawAt[i-1]
}

var attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

func escape(s string) string { return attrEscaper.Replace(s) }
