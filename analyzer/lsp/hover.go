package lsp

import (
	"encoding/json"
	"fmt"
	"strings"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/pplint/pplint/analyzer/report"
)

// current returns the lint result of the document's current text, linting
// it first when its last lint is older.
func (s *server) current(uri string) (*document, *lintResult) {
	s.mu.Lock()
	d, ok := s.docs[uri]
	if !ok || d.format() == "" {
		s.mu.Unlock()
		return nil, nil
	}
	fresh := d.fresh(s.gen)
	s.mu.Unlock()
	if !fresh {
		s.lintURI(uri)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if d.linted == nil || d.lintedVersion != d.version {
		return d, nil // edited meanwhile
	}
	return d, d.linted
}

func (s *server) hover(params json.RawMessage) (any, error) {
	var p protocol.HoverParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	_, res := s.current(p.TextDocument.URI)
	if res == nil || res.eng == nil {
		return nil, nil
	}
	off := res.index.offset(p.Position)
	var parts []string
	var rng *protocol.Range
	for i, f := range res.findings {
		if off < f.Location.Offset || off > f.Location.EndOffset {
			continue
		}
		if rng == nil {
			rng = &res.diags[i].Range
		}
		parts = append(parts, explain(f, res.eng.rules[f.RuleID], res.lang()))
	}
	if len(parts) == 0 {
		return nil, nil
	}
	return protocol.Hover{Contents: protocol.MarkupContent{Kind: protocol.MarkupKindMarkdown, Value: strings.Join(parts, "\n\n---\n\n")},
		Range: rng}, nil
}

// levelNames name levels in each language.
var levelNames = map[string]map[report.Level]string{
	"zh": {report.LevelError: "错误", report.LevelWarning: "警告", report.LevelNote: "提示"},
	"en": {report.LevelError: "error", report.LevelWarning: "warning", report.LevelNote: "note"},
}

// explain renders one finding for a hover: title, message, legal basis with
// the article text, the suggested fix and the rule's documentation.
func explain(f report.Finding, r report.Rule, lang string) string {
	label := map[string][3]string{"zh": {"依据", "建议", "规则说明"}, "en": {"Legal basis", "Fix", "Rule documentation"}}[lang]
	if label[0] == "" {
		label = [3]string{"依据", "建议", "规则说明"}
	}
	var b strings.Builder
	title := r.Title.In(lang)
	if title == "" {
		title = f.RuleID
	}
	fmt.Fprintf(&b, "**%s** · `%s` · %s\n\n%s\n", mdEscape(title), f.RuleID, levelNames[lang][f.Level], mdEscape(f.Message.In(lang)))
	if len(r.LegalBasis) > 0 {
		fmt.Fprintf(&b, "\n**%s**\n", label[0])
		for _, lb := range r.LegalBasis {
			fmt.Fprintf(&b, "\n- %s", mdEscape(lb.String()))
			if lb.LawFull != "" {
				fmt.Fprintf(&b, "（%s）", mdEscape(lb.LawFull))
			}
			if lb.Text != "" {
				fmt.Fprintf(&b, "\n\n  > %s", mdEscape(lb.Text))
			}
			b.WriteString("\n")
		}
	}
	if fix := r.Fix.In(lang); fix != "" {
		fmt.Fprintf(&b, "\n**%s**：%s\n", label[1], mdEscape(fix))
	}
	if r.HelpURI != "" {
		fmt.Fprintf(&b, "\n[%s](%s)\n", label[2], r.HelpURI)
	}
	return strings.TrimRight(b.String(), "\n")
}

// mdEscape keeps document and rule text from being read as Markdown markup.
var mdEscape = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "#", `\#`).Replace
