package claimsview

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/pplint/pplint/analyzer/claims"
)

// WriteText writes a reader's view of in: the document facts, then each
// shown sentence under its section heading with its claims. Sentences and
// claims keep document order and attributes are sorted by name, so the
// output is stable. Sentence numbers (#3) and claim numbers (claims[5]) are
// the indices of input.sentences and input.claims.
func WriteText(w io.Writer, in *claims.Input, o Options) error {
	t := &textWriter{in: in, o: o}
	t.document()
	t.sentences()
	_, err := io.WriteString(w, t.b.String())
	if err != nil {
		return fmt.Errorf("write claims: %w", err)
	}
	return nil
}

type textWriter struct {
	in *claims.Input
	o  Options
	b  strings.Builder
}

func (t *textWriter) printf(format string, args ...any) { fmt.Fprintf(&t.b, format, args...) }

// field writes one "key  value" line at the given indent.
func (t *textWriter) field(indent, key, value string) {
	t.printf("%s%-13s %s\n", indent, key, value)
}

func (t *textWriter) document() {
	d := t.in.Document
	t.printf("== %s\n", d.Path)
	t.field("", "type", d.Type)
	for _, ev := range d.TypeEvidence {
		where := ""
		if ev.Sentence >= 0 && ev.Sentence < len(t.in.Sentences) {
			where = fmt.Sprintf(" at #%d %s", ev.Sentence, pos(t.in.Sentences[ev.Sentence].Span.Start))
		}
		t.field("", "evidence", fmt.Sprintf("%s 「%s」%s", ev.Source, ev.Cue, where))
	}
	if len(d.TypeEvidence) == 0 {
		t.field("", "evidence", "none recorded")
	}
	t.field("", "title", d.Title)
	t.field("", "format", d.Format)
	t.field("", "personal info", yesNo(d.ProcessesPersonalInfo, "processed", "not processed"))
	blocks := map[int]bool{}
	for _, s := range t.in.Sentences {
		blocks[s.Block] = true
	}
	t.field("", "sentences", fmt.Sprintf("%d in %d blocks", len(t.in.Sentences), len(blocks)))
	t.field("", "claims", t.counts())
}

// counts summarises the claims per type, sorted by type.
func (t *textWriter) counts() string {
	types := make([]string, 0, len(t.in.ClaimsByType))
	for ty := range t.in.ClaimsByType {
		types = append(types, ty)
	}
	sort.Strings(types)
	parts := make([]string, len(types))
	for i, ty := range types {
		parts[i] = fmt.Sprintf("%s %d", ty, len(t.in.ClaimsByType[ty]))
	}
	s := fmt.Sprint(len(t.in.Claims))
	if len(parts) > 0 {
		s += ": " + strings.Join(parts, ", ")
	}
	return s
}

// sentences writes the shown sentences, each under its section heading.
func (t *textWriter) sentences() {
	bySentence := map[int][]int{}
	for i, c := range t.in.Claims {
		if t.o.keep(c.Type) {
			bySentence[c.Sentence] = append(bySentence[c.Sentence], i)
		}
	}
	head, printedHead, shown := -1, -1, 0 // the heading above, the last one printed
	for _, s := range t.in.Sentences {
		if s.Kind == "heading" {
			head = s.Index
		}
		cs := bySentence[s.Index]
		if len(cs) == 0 && !t.o.Sentences {
			continue
		}
		shown++
		if head != printedHead {
			printedHead = head
			if s.Kind != "heading" && s.Section != "" {
				t.printf("\n§ %s\n", s.Section)
			}
		}
		t.sentence(s)
		for _, i := range cs {
			t.claim(i, &t.in.Claims[i])
		}
	}
	if shown == 0 {
		what := "claims"
		if len(t.o.Types) > 0 {
			what = "claims of type " + strings.Join(t.o.Types, ", ")
		}
		t.printf("\n(no %s)\n", what)
	}
}

func (t *textWriter) sentence(s claims.Sentence) {
	mark := "#"
	if s.Kind == "heading" {
		mark = "§ #"
	}
	t.printf("\n%s%d  %s  %s, block %d\n", mark, s.Index, span(s.Span), s.Kind, s.Block)
	t.printf("    %s\n", indent(s.Text, "    "))
	if s.Lead >= 0 && s.Lead < len(t.in.Sentences) {
		t.printf("    lead-in: #%d %s\n", s.Lead, indent(t.in.Sentences[s.Lead].Text, "      "))
	}
}

func (t *textWriter) claim(i int, c *claims.Claim) {
	const in = "      "
	t.printf("  ▸ claims[%d] %s\n", i, c.Type)
	t.field(in, "negated", yesNo(c.Negated, "yes", "no"))
	t.field(in, "conditional", yesNo(c.Conditional, "yes", "no"))
	for _, f := range [][2]string{{"kind", c.Kind}, {"direction", c.Direction}, {"object", c.Object},
		{"categories", strings.Join(c.Categories, ", ")}, {"sensitive", strings.Join(c.Sensitive, ", ")}} {
		if f[1] != "" {
			t.field(in, f[0], f[1])
		}
	}
	if len(c.Attributes) == 0 {
		return
	}
	names := make([]string, 0, len(c.Attributes))
	for n := range c.Attributes {
		names = append(names, n)
	}
	sort.Strings(names)
	t.printf("%sattributes\n", in)
	for _, n := range names {
		a := c.Attributes[n]
		neg := ""
		if a.Negated {
			neg = "  (negated)"
		}
		t.printf("%s  %-16s 「%s」 %s%s\n", in, n, a.Cue, span(a.Span), neg)
	}
}

func yesNo(b bool, yes, no string) string {
	if b {
		return yes
	}
	return no
}

// indent indents the continuation lines of a multi-line text.
func indent(s, prefix string) string { return strings.ReplaceAll(s, "\n", "\n"+prefix) }
