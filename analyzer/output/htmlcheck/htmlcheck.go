// Package htmlcheck checks the structure of an html report in tests: every
// finding present with its rule and basis, its marks on exactly its span,
// and nothing loaded from the network. Only tests import it.
package htmlcheck

import (
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pplint/pplint/analyzer/report"
)

// FindAll returns the nodes under n that match, in document order.
func FindAll(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && match(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// Attr returns the value of n's attribute key, or "".
func Attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// HasClass reports whether n has the class c.
func HasClass(n *html.Node, c string) bool {
	for _, f := range strings.Fields(Attr(n, "class")) {
		if f == c {
			return true
		}
	}
	return false
}

// Text is the text content of n.
func Text(n *html.Node) string { return text(n, false) }

// DocText is the text content of n without the finding numbers that
// follow marks: the documents' text as shown.
func DocText(n *html.Node) string { return text(n, true) }

func text(n *html.Node, skipRefs bool) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if skipRefs && n.Type == html.ElementNode && HasClass(n, "ref") {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// Source returns the decoded source of a document path, or nil when the
// test cannot tell (then mark texts are not compared with it).
type Source func(path string) []byte

// CheckReport checks that every finding of r has its card with rule id,
// level, span and legal basis (law, article and article text), a jump
// target and a way back, and, unless it is a note, marks that cover
// exactly the text of its span: every mark lies inside the span, and every
// byte of block text inside the span is marked.
func CheckReport(t *testing.T, doc *html.Node, r *report.Report, src Source) {
	t.Helper()
	ids := map[string]*html.Node{}
	for _, n := range FindAll(doc, func(n *html.Node) bool { return Attr(n, "id") != "" }) {
		if ids[Attr(n, "id")] != nil {
			t.Errorf("duplicate id %q", Attr(n, "id"))
		}
		ids[Attr(n, "id")] = n
	}
	marks := map[string][]*html.Node{}
	for _, m := range FindAll(doc, func(n *html.Node) bool { return n.Data == "mark" && HasClass(n, "hl") }) {
		for _, f := range strings.Fields(Attr(m, "data-f")) {
			marks[f] = append(marks[f], m)
		}
	}
	notes := map[string]bool{}
	for _, n := range FindAll(doc, func(n *html.Node) bool { return HasClass(n, "note") }) {
		notes[Attr(n, "data-f")] = true
	}
	if got := len(FindAll(doc, func(n *html.Node) bool { return HasClass(n, "card") })); got != len(r.Findings) {
		t.Errorf("%d finding cards for %d findings", got, len(r.Findings))
	}
	docs := map[string]*report.Document{}
	for i := range r.Documents {
		docs[r.Documents[i].Path] = &r.Documents[i]
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		n := strconv.Itoa(i + 1)
		card := ids["f-"+n]
		if card == nil {
			t.Errorf("finding %s (%s at %d) has no card", n, f.RuleID, f.Location.Offset)
			continue
		}
		checkCard(t, n, card, f, r)
		if ids["m-"+n] == nil {
			t.Errorf("finding %s has no jump target m-%s", n, n)
		}
		if d := docs[f.Location.Path]; d != nil && !notes[n] {
			var s []byte
			if src != nil {
				s = src(f.Location.Path)
			}
			checkMarks(t, n, f, d, marks[n], s)
		}
	}
}

func checkCard(t *testing.T, n string, card *html.Node, f *report.Finding, r *report.Report) {
	t.Helper()
	text := Text(card)
	if Attr(card, "data-rule") != f.RuleID || !strings.Contains(text, f.RuleID) {
		t.Errorf("card %s: rule id %q missing", n, f.RuleID)
	}
	if Attr(card, "data-level") != string(f.Level) {
		t.Errorf("card %s: level %q, want %q", n, Attr(card, "data-level"), f.Level)
	}
	if Attr(card, "data-start") != strconv.Itoa(f.Location.Offset) || Attr(card, "data-end") != strconv.Itoa(f.Location.EndOffset) {
		t.Errorf("card %s: span %s-%s, want %d-%d", n, Attr(card, "data-start"), Attr(card, "data-end"), f.Location.Offset, f.Location.EndOffset)
	}
	rule, _ := r.Rule(f.RuleID)
	for _, b := range rule.LegalBasis {
		if !strings.Contains(text, b.String()) || !strings.Contains(text, b.Text) {
			t.Errorf("card %s: legal basis %s (with its text) missing", n, b)
		}
	}
	if len(FindAll(card, func(a *html.Node) bool { return a.Data == "a" && Attr(a, "href") == "#m-"+n })) != 1 {
		t.Errorf("card %s: no link back to the text", n)
	}
}

// checkMarks checks that the marks of finding n cover exactly the block
// text inside its span.
func checkMarks(t *testing.T, n string, f *report.Finding, d *report.Document, marks []*html.Node, src []byte) {
	t.Helper()
	lo, hi := f.Location.Offset, f.Location.EndOffset
	covered := map[int]bool{}
	for _, m := range marks {
		s, err1 := strconv.Atoi(Attr(m, "data-s"))
		e, err2 := strconv.Atoi(Attr(m, "data-e"))
		if err1 != nil || err2 != nil || s < lo || e > hi || s >= e {
			t.Errorf("finding %s [%d,%d): mark %q at [%s,%s) outside its span", n, lo, hi, Text(m), Attr(m, "data-s"), Attr(m, "data-e"))
			continue
		}
		if src != nil && e <= len(src) && string(src[s:e]) != Text(m) && !hasEntityRun(d, s, e) {
			t.Errorf("finding %s: mark text %q, source [%d,%d) is %q", n, Text(m), s, e, src[s:e])
		}
		for i := s; i < e; i++ {
			covered[i] = true
		}
	}
	var missing []int
	for _, b := range d.Blocks {
		for _, run := range b.Runs {
			if run.SrcEnd-run.SrcStart != run.TextEnd-run.TextStart {
				continue
			}
			for i := max(lo, run.SrcStart); i < min(hi, run.SrcEnd); i++ {
				if !covered[i] {
					missing = append(missing, i)
				}
			}
		}
	}
	if len(missing) > 0 {
		sort.Ints(missing)
		t.Errorf("finding %s (%s) [%d,%d): %d byte(s) of text not marked, first at %d", n, f.RuleID, lo, hi, len(missing), missing[0])
	}
}

// hasEntityRun reports whether [s, e) touches a run whose text differs in
// length from its source (a decoded entity or escape).
func hasEntityRun(d *report.Document, s, e int) bool {
	for _, b := range d.Blocks {
		for _, r := range b.Runs {
			if r.SrcStart < e && s < r.SrcEnd && r.SrcEnd-r.SrcStart != r.TextEnd-r.TextStart {
				return true
			}
		}
	}
	return false
}

// networkAttrs are attributes that make a browser fetch something.
var networkAttrs = map[string]bool{"src": true, "srcset": true, "poster": true, "data": true, "action": true,
	"formaction": true, "background": true, "manifest": true, "ping": true, "xlink:href": true}

// networkElems are elements that load or embed resources.
var networkElems = map[string]bool{"link": true, "img": true, "iframe": true, "frame": true, "object": true, "embed": true,
	"video": true, "audio": true, "source": true, "track": true, "base": true, "form": true, "picture": true}

// CheckOffline checks that the page loads nothing: no element that
// fetches, no src-like attribute, no href but in-page anchors and the
// rule-doc links (plain anchors), no url() or @import in the stylesheet,
// and a Content-Security-Policy that forbids requests.
func CheckOffline(t *testing.T, doc *html.Node) {
	t.Helper()
	for _, n := range FindAll(doc, func(*html.Node) bool { return true }) {
		if networkElems[n.Data] {
			t.Errorf("element <%s> can load from the network", n.Data)
		}
		for _, a := range n.Attr {
			switch {
			case networkAttrs[a.Key]:
				t.Errorf("<%s %s=%q> loads a resource", n.Data, a.Key, a.Val)
			case a.Key == "href" && !strings.HasPrefix(a.Val, "#"):
				if n.Data != "a" || !HasClass(n, "doc-link") || !strings.HasPrefix(a.Val, "https://") {
					t.Errorf("<%s href=%q> is neither an in-page anchor nor a rule-doc link", n.Data, a.Val)
				}
			case a.Key == "style" && strings.Contains(a.Val, "url("):
				t.Errorf("<%s style=%q> uses url()", n.Data, a.Val)
			}
		}
		if n.Data == "style" && (strings.Contains(Text(n), "url(") || strings.Contains(Text(n), "@import")) {
			t.Error("the stylesheet uses url() or @import")
		}
	}
	csp := FindAll(doc, func(n *html.Node) bool {
		return n.Data == "meta" && strings.EqualFold(Attr(n, "http-equiv"), "Content-Security-Policy")
	})
	if len(csp) != 1 || !strings.Contains(Attr(csp[0], "content"), "default-src 'none'") {
		t.Error("no Content-Security-Policy forbidding requests")
	}
}
