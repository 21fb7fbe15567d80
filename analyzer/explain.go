package analyzer

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode/utf8"

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

// section returns the bullet items and the other paragraphs of the first
// "## " section whose heading starts with one of names. Wrapped lines are
// joined to the item or paragraph they continue.
func section(md string, names ...string) (items, notes []string) {
	in, last := false, (*[]string)(nil)
	for _, line := range strings.Split(md, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "#") {
			if in {
				break
			}
			h := strings.ToLower(strings.TrimSpace(strings.TrimLeft(t, "#")))
			for _, n := range names {
				in = in || strings.HasPrefix(h, n)
			}
			continue
		}
		switch {
		case !in:
		case t == "":
			last = nil
		case strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* "):
			items = append(items, strings.TrimSpace(t[2:]))
			last = &items
		case last != nil:
			(*last)[len(*last)-1] = joinLine((*last)[len(*last)-1], t)
		default:
			notes = append(notes, t)
			last = &notes
		}
	}
	return items, notes
}

// joinLine joins a wrapped line to the text it continues: with a space
// between Latin text, directly between Chinese characters.
func joinLine(a, b string) string {
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if ra < utf8.RuneSelf || rb < utf8.RuneSelf {
		return a + " " + b
	}
	return a + b
}
