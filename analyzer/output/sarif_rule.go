package output

import (
	"fmt"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/pplint/pplint/analyzer/report"
)

// sarifRule describes one rule for tool.driver.rules[].
func sarifRule(r report.Rule, lang string) *sarif.ReportingDescriptor {
	title := r.Title.In(lang)
	full := r.Description.In(lang)
	if full == "" {
		full = title
	}
	d := sarif.NewRule(r.ID).WithName(ruleName(r.ID)).
		WithShortDescription(sarif.NewMultiformatMessageString().WithText(limit(title, 1024))).
		WithFullDescription(sarif.NewMultiformatMessageString().WithText(limit(full, 1024))).
		WithHelp(sarif.NewMultiformatMessageString().WithText(helpText(r, lang)).WithMarkdown(helpMarkdown(r, lang))).
		WithDefaultConfiguration(&sarif.ReportingConfiguration{Enabled: true, Level: string(r.Severity), Rank: -1})
	if r.HelpURI != "" {
		d.WithHelpURI(r.HelpURI)
	}
	props := sarif.NewPropertyBag()
	tags := append([]string{"privacy", "compliance"}, r.Tags...)
	if r.Category != "" {
		tags = append(tags, r.Category)
	}
	props.WithTags(dedupe(tags, 20))
	props.Add("precision", "high")
	props.Add("problem.severity", problemSeverity(r.Severity))
	props.Add("scope", r.Scope)
	if r.Source != "" {
		props.Add("source", r.Source) // builtin, or the custom policy file
	}
	var basis []string
	for _, b := range r.LegalBasis {
		basis = append(basis, b.String())
	}
	props.Add("legal_basis", basis)
	d.WithProperties(props)
	return d
}

// ruleName turns "grant-irrevocable" into "GrantIrrevocable".
func ruleName(id string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' || r == '/' }) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

func problemSeverity(l report.Level) string {
	switch l {
	case report.LevelError:
		return "error"
	case report.LevelWarning:
		return "warning"
	}
	return "recommendation"
}

func helpText(r report.Rule, lang string) string {
	var b strings.Builder
	b.WriteString(r.Description.In(lang))
	for _, lb := range r.LegalBasis {
		fmt.Fprintf(&b, "\n%s", lb.String())
		if lb.Text != "" {
			fmt.Fprintf(&b, "：%s", lb.Text)
		}
	}
	if fix := r.Fix.In(lang); fix != "" {
		label := "建议："
		if lang == "en" {
			label = "Fix: "
		}
		fmt.Fprintf(&b, "\n%s%s", label, fix)
	}
	return strings.TrimSpace(b.String())
}

func helpMarkdown(r report.Rule, lang string) string {
	basisH, fixH := "法律依据", "修改建议"
	if lang == "en" {
		basisH, fixH = "Legal basis", "How to fix"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** (`%s`)\n\n%s\n", r.Title.In(lang), r.ID, r.Description.In(lang))
	if len(r.LegalBasis) > 0 {
		fmt.Fprintf(&b, "\n### %s\n\n", basisH)
		for _, lb := range r.LegalBasis {
			fmt.Fprintf(&b, "- **%s**", lb.String())
			if lb.LawFull != "" {
				fmt.Fprintf(&b, "（%s）", lb.LawFull)
			}
			if lb.Text != "" {
				fmt.Fprintf(&b, "\n  > %s", lb.Text)
			}
			b.WriteString("\n")
		}
	}
	if fix := r.Fix.In(lang); fix != "" {
		fmt.Fprintf(&b, "\n### %s\n\n%s\n", fixH, fix)
	}
	return b.String()
}

func limit(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func dedupe(tags []string, max int) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range tags {
		if t != "" && !seen[t] && len(out) < max {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}
