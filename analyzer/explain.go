package analyzer

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/pplint/pplint/analyzer/report"
	"github.com/pplint/pplint/policies"
)

// builtinSource is Rule.Source of the embedded rules.
const builtinSource = "builtin"

// RuleDoc is where a rule is defined and the examples its METADATA gives
// under custom.examples.bad and custom.examples.good.
type RuleDoc struct {
	File string
	Bad  []string
	Good []string
}

// Explanation is what `pplint explain` shows about one rule.
type Explanation struct {
	Rule report.Rule
	File string   // the policy file
	Bad  []string // text that triggers the rule
	Good []string // text that does not
	// Notes are the README's other remarks next to the examples (what is
	// deliberately not flagged).
	Notes []string
	// DocFile is the README the examples come from, empty when they come
	// from METADATA.
	DocFile string
}

func docFromAnnotations(file string, a *ast.Annotations) RuleDoc {
	d := RuleDoc{File: file}
	ex, _ := a.Custom["examples"].(map[string]any)
	d.Bad = strings1(ex["bad"])
	d.Good = strings1(ex["good"])
	return d
}

func strings1(v any) []string {
	var out []string
	list, _ := v.([]any)
	for _, x := range list {
		if s, ok := x.(string); ok && strings.TrimSpace(s) != "" {
			out = append(out, strings.TrimSpace(s))
		}
	}
	return out
}

// Explain returns the rule with the given id and its examples, read from
// the README.md next to its policy file (embedded for built-in rules; for a
// custom rule, <file>.md or README.md in its directory) or else from the
// METADATA examples.
func (a *Analyzer) Explain(id string) (Explanation, bool) {
	r, ok := a.index[id]
	if !ok {
		return Explanation{}, false
	}
	d := a.docs[id]
	ex := Explanation{Rule: r, File: d.File, Bad: d.Bad, Good: d.Good}
	if name, text := a.readme(r, d.File); text != "" {
		bad, notesA := section(text, "avoid", "反例", "bad")
		good, notesP := section(text, "prefer", "正例", "good")
		if len(bad)+len(good) > 0 {
			ex.Bad, ex.Good, ex.DocFile = bad, good, name
			ex.Notes = append(notesA, notesP...)
		}
	}
	return ex, true
}

// readme returns the name and text of a rule's README, if any.
func (a *Analyzer) readme(r report.Rule, file string) (string, string) {
	if r.Source == builtinSource {
		name := path.Join(path.Dir(strings.TrimPrefix(file, "policies/")), "README.md")
		b, err := fs.ReadFile(policies.FS(), name)
		if err != nil {
			return "", ""
		}
		return "policies/" + name, string(b)
	}
	for _, name := range []string{strings.TrimSuffix(file, ".rego") + ".md", filepath.Join(filepath.Dir(file), "README.md")} {
		if b, err := os.ReadFile(name); err == nil {
			return name, string(b)
		}
	}
	return "", ""
}

// section returns the bullet items and the other non-empty lines of the
// first "## " section whose heading starts with one of names.
func section(md string, names ...string) (items, notes []string) {
	in := false
	for _, line := range strings.Split(md, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "#") {
			h := strings.ToLower(strings.TrimSpace(strings.TrimLeft(t, "#")))
			if in {
				break
			}
			for _, n := range names {
				if strings.HasPrefix(h, n) {
					in = true
				}
			}
			continue
		}
		switch {
		case !in || t == "":
		case strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* "):
			items = append(items, strings.TrimSpace(t[2:]))
		default:
			notes = append(notes, t)
		}
	}
	return items, notes
}
