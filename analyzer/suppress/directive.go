package suppress

import (
	"regexp"
	"strings"

	"github.com/pplint/pplint/segment"
)

// Directive kinds.
const (
	kindNextLine = "disable-next-line"
	kindLine     = "disable-line"
	kindDisable  = "disable"
	kindEnable   = "enable"
)

// directive is one suppression comment found in a document.
type directive struct {
	kind       string
	rules      []string // empty: every rule
	reason     string
	hasReason  bool
	start, end int // byte offsets of the comment in the source
	line       int // line of the comment's start
	endLine    int // line of the comment's end
	text       string
}

var (
	// htmlDirective matches <!-- pplint-<kind> … --> in Markdown and HTML.
	htmlDirective = regexp.MustCompile(`(?s)<!--\s*pplint-([a-z-]+)(.*?)-->`)
	// textDirective matches a whole line "pplint-<kind> …" in plain text.
	textDirective = regexp.MustCompile(`(?m)^[ \t\x{3000}]*pplint-([a-z-]+)([^\r\n]*)`)
	// idSeparators split a directive's rule list.
	idSeparators = func(r rune) bool { return r == ',' || r == '，' || r == '、' || r == ' ' || r == '\t' }
)

// scan finds the directives of a document: HTML comments in Markdown
// (outside fenced code blocks) and HTML, directive lines in plain text.
// DOCX has no comment syntax.
func scan(doc *segment.Document) []*directive {
	var re *regexp.Regexp
	allowed := map[string]bool{kindNextLine: true, kindDisable: true, kindEnable: true}
	switch doc.Format {
	case segment.FormatMarkdown, segment.FormatHTML:
		re, allowed[kindLine] = htmlDirective, true
	case segment.FormatText:
		re = textDirective
	default:
		return nil
	}
	var fences [][2]int
	if doc.Format == segment.FormatMarkdown {
		fences = codeFences(doc.Source)
	}
	var out []*directive
	for _, m := range re.FindAllSubmatchIndex(doc.Source, -1) {
		if inRanges(m[0], fences) {
			continue
		}
		d := &directive{kind: string(doc.Source[m[2]:m[3]]), start: m[0], end: m[1]}
		d.text = strings.TrimSpace(string(doc.Source[m[0]:m[1]]))
		if !allowed[d.kind] {
			d.kind = "unknown:" + d.kind
		}
		d.rules, d.reason, d.hasReason = parseBody(string(doc.Source[m[4]:m[5]]))
		d.line = doc.Position(m[0]).Line
		d.endLine = doc.Position(max(m[0], m[1]-1)).Line
		out = append(out, d)
	}
	return out
}

// parseBody splits "id1, id2 -- reason" into rule ids and the reason. The
// separator may also be a Chinese dash "——".
func parseBody(body string) (ids []string, reason string, hasReason bool) {
	head, cut, sepLen := body, -1, 0
	for _, sep := range []string{"--", "——"} {
		if i := strings.Index(body, sep); i >= 0 && (cut < 0 || i < cut) {
			cut, sepLen = i, len(sep)
		}
	}
	if cut >= 0 {
		head, reason = body[:cut], strings.TrimSpace(body[cut+sepLen:])
	}
	return strings.FieldsFunc(head, idSeparators), reason, reason != ""
}

// Strip returns doc with plain-text directive lines left out of its blocks,
// so that they are not linted and do not join the next line's sentence.
// The source, and so every position, is unchanged. Other formats keep
// their directives in comments, which are not document text.
func Strip(doc *segment.Document) *segment.Document {
	if doc.Format != segment.FormatText {
		return doc
	}
	ms := textDirective.FindAllIndex(doc.Source, -1)
	if len(ms) == 0 {
		return doc
	}
	masked := append([]byte(nil), doc.Source...)
	for _, m := range ms {
		for i := m[0]; i < m[1]; i++ {
			masked[i] = ' '
		}
	}
	parsed, err := segment.Parse(doc.Path, masked, segment.FormatText)
	if err != nil {
		return doc
	}
	return segment.NewDocument(doc.Path, doc.Format, doc.Source, parsed.Blocks)
}
