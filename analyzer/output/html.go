package output

import (
	"bufio"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/pplint/pplint/analyzer/report"
)

// The report's stylesheet and script, inlined into every file.
var (
	//go:embed html_report.css
	htmlCSS string
	//go:embed html_report.js
	htmlJS string
)

// htmlWriter writes a self-contained review report: the documents as read
// with each finding marked in place, a summary and a numbered findings list
// with legal basis and fix. It loads nothing from the network.
type htmlWriter struct{ o Options }

// htmlFinding is a finding with its number in the report and its rule.
type htmlFinding struct {
	*report.Finding
	N        int
	Rule     report.Rule
	DocScope bool // about the whole document
	Noted    bool // shown as a note at the top or at a heading, not marked
	anchored bool // its jump target (id m-N) is written
}

// htmlPage holds what one Write renders.
type htmlPage struct {
	o     Options
	l     map[string]string
	w     *bufio.Writer
	r     *report.Report
	finds []*htmlFinding
	// byPath lists the findings of each document path in report order.
	byPath map[string][]*htmlFinding
}

// esc escapes text for an HTML text node or quoted attribute value.
func esc(s string) string { return template.HTMLEscapeString(s) }

// Write implements Writer.
func (h *htmlWriter) Write(w io.Writer, r *report.Report) error {
	p := &htmlPage{o: h.o, l: htmlLabels[h.o.Lang], w: bufio.NewWriterSize(w, 64<<10), r: r, byPath: map[string][]*htmlFinding{}}
	if p.l == nil {
		p.l = htmlLabels["zh"]
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		rule, _ := r.Rule(f.RuleID)
		hf := &htmlFinding{Finding: f, N: i + 1, Rule: rule, DocScope: rule.Scope == "document"}
		p.finds = append(p.finds, hf)
		p.byPath[f.Location.Path] = append(p.byPath[f.Location.Path], hf)
	}
	p.head()
	p.summary()
	p.toolbar()
	p.printf(`<main id="main">`)
	seen := map[string]bool{}
	for i := range r.Documents {
		d := &r.Documents[i]
		seen[d.Path] = true
		p.document(i+1, d.Path, d)
	}
	var rest []string
	for path := range p.byPath {
		if !seen[path] {
			rest = append(rest, path)
		}
	}
	sort.Strings(rest)
	for i, path := range rest {
		p.document(len(r.Documents)+i+1, path, nil)
	}
	p.printf(`</main>`)
	p.panel()
	p.printf("<script>%s</script>\n</body>\n</html>\n", htmlJS)
	return p.w.Flush()
}

func (p *htmlPage) printf(format string, args ...any) { fmt.Fprintf(p.w, format, args...) }

// head writes the document head, the error hook and the stylesheet. The
// Content-Security-Policy forbids every network request.
func (p *htmlPage) head() {
	lang := "zh-CN"
	if p.o.Lang == "en" {
		lang = "en"
	}
	title := p.l["title"]
	if len(p.r.Documents) == 1 {
		title += " — " + report.RelPath(p.o.WorkDir, p.r.Documents[0].Path)
	}
	p.printf("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", lang)
	p.printf(`<meta name="viewport" content="width=device-width, initial-scale=1">` + "\n")
	p.printf(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">` + "\n")
	p.printf(`<meta name="generator" content="pplint %s">`+"\n", esc(p.o.ToolVersion))
	p.printf("<title>%s</title>\n", esc(title))
	// Record script errors in the DOM, before anything else can fail.
	p.printf("<script>window.onerror=function(m,s,l){var d=document.documentElement;d.setAttribute('data-js-error',(d.getAttribute('data-js-error')||'')+m+' @'+l+';');};</script>\n")
	p.printf("<style>%s</style>\n</head>\n<body>\n", htmlCSS)
	p.printf(`<a class="skip" href="#main">%s</a>`+"\n", esc(p.l["skip"]))
}

// date is the report's date: Options.Date, or now.
func (p *htmlPage) date() string {
	d := p.o.Date
	if d.IsZero() {
		d = time.Now()
	}
	return d.UTC().Format("2006-01-02 15:04 UTC")
}

// levels are the finding levels shown, highest first.
var levels = []report.Level{report.LevelError, report.LevelWarning, report.LevelNote}

// levelClass is the one-letter CSS class of a level.
func levelClass(l report.Level) string {
	switch l {
	case report.LevelError:
		return "e"
	case report.LevelWarning:
		return "w"
	}
	return "n"
}

// counts tallies findings by level and by rule (rules by count, then id).
func counts(fs []*htmlFinding) (map[report.Level]int, []ruleCount) {
	byLevel := map[report.Level]int{}
	byRule := map[string]*ruleCount{}
	var rules []ruleCount
	for _, f := range fs {
		byLevel[f.Level]++
		rc := byRule[f.RuleID]
		if rc == nil {
			rc = &ruleCount{Rule: f.Rule, ID: f.RuleID, Level: f.Level}
			byRule[f.RuleID] = rc
		}
		rc.N++
		if f.Level.Rank() > rc.Level.Rank() {
			rc.Level = f.Level
		}
	}
	for _, rc := range byRule {
		rules = append(rules, *rc)
	}
	sort.Slice(rules, func(i, j int) bool {
		if rules[i].N != rules[j].N {
			return rules[i].N > rules[j].N
		}
		return rules[i].ID < rules[j].ID
	})
	return byLevel, rules
}

// ruleCount is one row of a by-rule summary.
type ruleCount struct {
	Rule  report.Rule
	ID    string
	Level report.Level
	N     int
}

// levelChips writes the per-level counts.
func (p *htmlPage) levelChips(byLevel map[report.Level]int) {
	p.printf(`<span class="chips">`)
	for _, l := range levels {
		p.printf(`<span class="chip lv-%s" data-level="%s">%s <b>%d</b></span>`, levelClass(l), l, esc(htmlLevelName(l, p.o.Lang)), byLevel[l])
	}
	p.printf(`</span>`)
}

// summary writes the run's header: version, date, options, counts by level
// and rule, the documents and the files that could not be read.
func (p *htmlPage) summary() {
	p.printf(`<header class="run"><h1>%s</h1>`+"\n", esc(p.l["title"]))
	p.printf(`<p class="meta"><span>%s: pplint %s</span> <span>%s: <time>%s</time></span>`, esc(p.l["version"]),
		esc(p.o.ToolVersion), esc(p.l["generated"]), esc(p.date()))
	if len(p.o.Settings) > 0 {
		p.printf(` <span>%s: `, esc(p.l["options"]))
		for _, s := range p.o.Settings {
			p.printf(`<code class="opt">%s=%s</code> `, esc(s.Name), esc(s.Value))
		}
		p.printf(`</span>`)
	}
	p.printf("</p>\n")
	byLevel, rules := counts(p.finds)
	p.printf(`<section class="sum" aria-label="%s"><p>%s `, esc(p.l["summary"]),
		esc(fmt.Sprintf(p.l["checked"], p.r.Files, len(p.r.Errors), len(p.finds))))
	p.levelChips(byLevel)
	p.printf("</p>\n")
	if len(rules) > 0 {
		p.printf(`<table class="rules"><caption>%s</caption><thead><tr><th>%s</th><th>%s</th></tr></thead><tbody>`,
			esc(p.l["byRule"]), esc(p.l["rule"]), esc(p.l["count"]))
		for _, rc := range rules {
			p.printf(`<tr><td><span class="dot lv-%s"></span><button type="button" class="rule-filter" data-rule="%s">%s</button> <code>%s</code></td><td>%d</td></tr>`,
				levelClass(rc.Level), esc(rc.ID), esc(rc.Rule.Title.In(p.o.Lang)), esc(rc.ID), rc.N)
		}
		p.printf("</tbody></table>\n")
	}
	p.toc()
	if len(p.r.Errors) > 0 {
		p.printf(`<section class="errors"><h2>%s</h2><ul>`, esc(p.l["errors"]))
		for _, e := range p.r.Errors {
			p.printf(`<li><code>%s</code>: %s</li>`, esc(report.RelPath(p.o.WorkDir, e.Path)), esc(e.Message))
		}
		p.printf("</ul></section>\n")
	}
	p.printf("</section></header>\n")
}

// toc lists the documents with their counts.
func (p *htmlPage) toc() {
	if len(p.r.Documents) == 0 {
		return
	}
	p.printf(`<nav class="toc" aria-label="%s"><h2>%s</h2><ol>`, esc(p.l["toc"]), esc(p.l["documents"]))
	for i, d := range p.r.Documents {
		byLevel, _ := counts(p.byPath[d.Path])
		p.printf(`<li><a href="#doc-%d">%s</a> `, i+1, esc(report.RelPath(p.o.WorkDir, d.Path)))
		p.levelChips(byLevel)
		p.printf("</li>")
	}
	p.printf("</ol></nav>\n")
}

// toolbar writes the filters and the navigation buttons; the script shows
// it once it runs.
func (p *htmlPage) toolbar() {
	p.printf(`<nav class="toolbar" aria-label="%s">`, esc(p.l["filter"]))
	for _, l := range levels {
		p.printf(`<label class="lv-%s"><input type="checkbox" class="level-filter" value="%s" checked> %s</label>`,
			levelClass(l), l, esc(htmlLevelName(l, p.o.Lang)))
	}
	p.printf(`<select id="rule-filter" aria-label="%s"><option value="">%s</option>`, esc(p.l["rule"]), esc(p.l["allRules"]))
	_, rules := counts(p.finds)
	sort.Slice(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID })
	for _, rc := range rules {
		p.printf(`<option value="%s">%s (%d)</option>`, esc(rc.ID), esc(rc.ID), rc.N)
	}
	p.printf(`</select> <button type="button" id="prev" title="k">%s</button><button type="button" id="next" title="j">%s</button>`,
		esc(p.l["prev"]), esc(p.l["next"]))
	p.printf(` <span class="shown" id="shown"></span> <span class="keys">%s</span></nav>`+"\n", esc(p.l["keys"]))
}

// panel writes the side panel where the script shows the finding in focus.
func (p *htmlPage) panel() {
	p.printf(`<aside id="panel" class="panel" aria-label="%s" aria-live="polite" hidden><button type="button" id="panel-close" aria-label="%s">×</button><div id="panel-body"></div></aside>`+"\n",
		esc(p.l["panel"]), esc(p.l["close"]))
}

// location renders a finding's line and column.
func (p *htmlPage) location(f *htmlFinding) string {
	return fmt.Sprintf(p.l["loc"], f.Location.StartLine, f.Location.StartCol)
}

// basisHTML renders the legal bases with the article texts.
func (p *htmlPage) basis(bs []report.LegalBasis) {
	if len(bs) == 0 {
		return
	}
	p.printf(`<div class="basis"><h4>%s</h4><dl>`, esc(p.l["basis"]))
	for _, b := range bs {
		p.printf(`<dt>%s`, esc(b.String()))
		if b.LawFull != "" {
			p.printf(` <span class="law">（%s）</span>`, esc(b.LawFull))
		}
		p.printf(`</dt>`)
		if b.Text != "" {
			p.printf(`<dd>%s</dd>`, esc(b.Text))
		}
	}
	p.printf(`</dl></div>`)
}

// quote renders a finding's sentence with its snippet marked.
func quote(f *report.Finding) string {
	s, snip := f.Sentence, f.Snippet
	i := f.SnippetAt
	if i < 0 || i+len(snip) > len(s) || s[i:i+len(snip)] != snip {
		i = strings.Index(s, snip)
	}
	if snip == "" || i < 0 {
		return esc(s)
	}
	return esc(s[:i]) + "<mark>" + esc(snip) + "</mark>" + esc(s[i+len(snip):])
}
