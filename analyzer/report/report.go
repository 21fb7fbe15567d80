// Package report holds the plain data a lint run produces: rule metadata,
// findings and per-file errors. Output formats depend only on this package.
package report

import (
	"sort"
	"strings"
)

// Level is a finding's severity.
type Level string

// Severity levels, lowest to highest.
const (
	LevelNone    Level = "none"
	LevelNote    Level = "note"
	LevelWarning Level = "warning"
	LevelError   Level = "error"
)

// Rank orders levels: none < note < warning < error. Unknown levels rank 0.
func (l Level) Rank() int {
	switch l {
	case LevelNote:
		return 1
	case LevelWarning:
		return 2
	case LevelError:
		return 3
	}
	return 0
}

// ParseLevel returns the level named s and whether it is valid.
func ParseLevel(s string) (Level, bool) {
	switch l := Level(strings.ToLower(s)); l {
	case LevelNone, LevelNote, LevelWarning, LevelError:
		return l, true
	}
	return "", false
}

// Text is a string in Chinese and English.
type Text struct {
	Zh string `json:"zh"`
	En string `json:"en"`
}

// In returns the text in lang ("zh" or "en"), falling back to the other.
func (t Text) In(lang string) string {
	if lang == "en" && t.En != "" {
		return t.En
	}
	if t.Zh != "" {
		return t.Zh
	}
	return t.En
}

// LegalBasis cites one statute article.
type LegalBasis struct {
	Law     string `json:"law"`                // short name, e.g. 人脸规定
	Article string `json:"article"`            // e.g. 第十一条
	Text    string `json:"text,omitempty"`     // quoted article text
	LawFull string `json:"law_full,omitempty"` // full title of the instrument
}

// String renders the citation as "人脸规定 第十一条".
func (b LegalBasis) String() string { return strings.TrimSpace(b.Law + " " + b.Article) }

// Rule describes one rule of the catalog.
type Rule struct {
	ID          string       `json:"id"`
	Title       Text         `json:"title"`
	Description Text         `json:"description"`
	Severity    Level        `json:"severity"`
	Scope       string       `json:"scope"` // clause or document
	Category    string       `json:"category"`
	LegalBasis  []LegalBasis `json:"legal_basis"`
	Fix         Text         `json:"fix"`
	HelpURI     string       `json:"help_uri,omitempty"`
	Tags        []string     `json:"tags,omitempty"`
	Source      string       `json:"source"` // builtin or a custom policy path
}

// Location is a span of a file. Lines and columns are 1-based; columns count
// Unicode code points; EndCol is the column just after the last character.
type Location struct {
	Path      string `json:"path"`
	StartLine int    `json:"start_line"`
	StartCol  int    `json:"start_col"`
	EndLine   int    `json:"end_line"`
	EndCol    int    `json:"end_col"`
	Offset    int    `json:"offset"`     // byte offset of the start in the decoded file
	EndOffset int    `json:"end_offset"` // byte offset of the end
	// CharOffset and CharLength count Unicode code points from the start
	// of the decoded file.
	CharOffset int `json:"char_offset"`
	CharLength int `json:"char_length"`
}

// Finding is one rule violation.
type Finding struct {
	RuleID   string   `json:"rule_id"`
	Level    Level    `json:"level"`
	Message  Text     `json:"message"`
	Location Location `json:"location"`
	Snippet  string   `json:"snippet"`  // the offending characters
	Sentence string   `json:"sentence"` // the sentence that holds them
	// SnippetAt is the byte offset of the snippet within Sentence, or -1
	// when the snippet does not appear there.
	SnippetAt   int    `json:"snippet_at"`
	Fingerprint string `json:"fingerprint"` // stable content fingerprint
	LineHash    string `json:"line_hash,omitempty"`
}

// FileError is a problem that stopped one input from being linted.
type FileError struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

// Error renders the error as "path: message".
func (e FileError) Error() string { return e.Path + ": " + e.Message }

// Report is the whole result of a run.
type Report struct {
	Tool     string      `json:"tool"`
	Version  string      `json:"version"`
	Lang     string      `json:"-"`
	Rules    []Rule      `json:"rules"`
	Findings []Finding   `json:"findings"`
	Errors   []FileError `json:"errors"`
	Files    int         `json:"files"`
	// Documents holds the text of each linted file, sorted by path, when
	// the run was asked to keep it (formats that show the document).
	Documents []Document `json:"-"`
}

// Sort orders findings by path, position and rule id, and errors by path,
// so that output is deterministic.
func (r *Report) Sort() {
	sort.SliceStable(r.Findings, func(i, j int) bool {
		a, b := r.Findings[i], r.Findings[j]
		if a.Location.Path != b.Location.Path {
			return a.Location.Path < b.Location.Path
		}
		if a.Location.StartLine != b.Location.StartLine {
			return a.Location.StartLine < b.Location.StartLine
		}
		if a.Location.StartCol != b.Location.StartCol {
			return a.Location.StartCol < b.Location.StartCol
		}
		return a.RuleID < b.RuleID
	})
	sort.SliceStable(r.Errors, func(i, j int) bool { return r.Errors[i].Path < r.Errors[j].Path })
	sort.SliceStable(r.Rules, func(i, j int) bool { return r.Rules[i].ID < r.Rules[j].ID })
	sort.SliceStable(r.Documents, func(i, j int) bool { return r.Documents[i].Path < r.Documents[j].Path })
}

// Rule returns the rule with the given id, if the report lists it.
func (r *Report) Rule(id string) (Rule, bool) {
	for _, x := range r.Rules {
		if x.ID == id {
			return x, true
		}
	}
	return Rule{}, false
}

// CountAtLeast returns how many findings are at or above level min.
func (r *Report) CountAtLeast(min Level) int {
	n := 0
	for _, f := range r.Findings {
		if f.Level.Rank() >= min.Rank() {
			n++
		}
	}
	return n
}
