package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/pplint/pplint/analyzer"
)

// explainLabels are the headings of `pplint explain` per language.
var explainLabels = map[string]map[string]string{
	"zh": {"severity": "严重级别", "category": "类别", "source": "来源", "trigger": "触发条件", "basis": "法律依据",
		"bad": "反例（会触发本规则）", "good": "正例（不会触发）", "notes": "说明", "fix": "修改建议", "docs": "文档"},
	"en": {"severity": "Severity", "category": "Category", "source": "Source", "trigger": "What triggers it",
		"basis": "Legal basis", "bad": "Bad (triggers the rule)", "good": "Good (does not trigger)",
		"notes": "Notes", "fix": "Fix", "docs": "Docs"},
}

func (a *app) explainCommand() *cobra.Command {
	var lang string
	var dirs []string
	cmd := &cobra.Command{
		Use:     "explain <rule-id>",
		Short:   "Explain a rule: legal basis with article text, trigger, bad and good examples, fix",
		Example: "  pplint explain grant-irrevocable\n  pplint explain --lang en grant-irrevocable\n  pplint explain --policy ./house-rules/ acme-no-sublicence",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, ok := explainLabels[lang]; !ok {
				return fmt.Errorf("--lang %q: want zh or en", lang)
			}
			an, err := catalogAnalyzer(cmd, dirs)
			if err != nil {
				return err
			}
			ex, ok := an.Explain(args[0])
			if !ok {
				return fmt.Errorf("unknown rule %q; `pplint rules` lists them", args[0])
			}
			return writeExplanation(a.stdout, ex, lang)
		},
	}
	cmd.Flags().StringVar(&lang, "lang", "zh", "zh or en")
	cmd.Flags().StringArrayVar(&dirs, "policy", nil, "directory or .rego file of custom policies (repeatable; default: policies of .pplint.yaml)")
	return cmd
}

// writeExplanation renders one rule for a reader, in lang.
func writeExplanation(w io.Writer, ex analyzer.Explanation, lang string) error {
	l := explainLabels[lang]
	r := ex.Rule
	var b strings.Builder
	fmt.Fprintf(&b, "%s — %s\n", r.ID, r.Title.In(lang))
	fmt.Fprintf(&b, "%s: %s · %s: %s · %s: %s", l["severity"], r.Severity, l["category"], r.Category, l["source"], r.Source)
	if ex.File != "" && ex.File != r.Source {
		fmt.Fprintf(&b, " (%s)", ex.File)
	}
	b.WriteString("\n")
	section(&b, l["trigger"], r.Description.In(lang))
	if len(r.LegalBasis) > 0 {
		fmt.Fprintf(&b, "\n%s\n", l["basis"])
		for _, lb := range r.LegalBasis {
			fmt.Fprintf(&b, "  %s", lb.String())
			if lb.LawFull != "" {
				fmt.Fprintf(&b, "（%s）", lb.LawFull)
			}
			b.WriteString("\n")
			if lb.Text != "" {
				fmt.Fprintf(&b, "    %s\n", lb.Text)
			}
		}
	}
	list(&b, l["bad"], "✗", ex.Bad)
	list(&b, l["good"], "✓", ex.Good)
	list(&b, l["notes"], "·", ex.Notes)
	section(&b, l["fix"], r.Fix.In(lang))
	if r.HelpURI != "" || ex.DocFile != "" {
		fmt.Fprintf(&b, "\n%s: %s\n", l["docs"], firstNonEmpty(r.HelpURI, ex.DocFile))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func section(b *strings.Builder, title, body string) {
	if body = strings.TrimSpace(body); body != "" {
		fmt.Fprintf(b, "\n%s\n  %s\n", title, strings.ReplaceAll(body, "\n", "\n  "))
	}
}

func list(b *strings.Builder, title, mark string, items []string) {
	if len(items) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%s\n", title)
	for _, it := range items {
		fmt.Fprintf(b, "  %s %s\n", mark, it)
	}
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
