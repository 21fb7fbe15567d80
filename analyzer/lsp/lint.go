package lsp

import (
	"fmt"
	"sort"
	"sync"
	"time"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/pplint/pplint/analyzer/report"
)

// scheduler runs lints on one goroutine: a document is linted once its
// debounce delay has passed, and once however often it was scheduled
// meanwhile.
type scheduler struct {
	run func(uri string)

	mu      sync.Mutex
	timers  map[string]*time.Timer
	pending map[string]bool
	stopped bool
	wake    chan struct{}
	done    chan struct{}
	exited  chan struct{}
}

func newScheduler(run func(uri string)) *scheduler {
	q := &scheduler{run: run, timers: map[string]*time.Timer{}, pending: map[string]bool{},
		wake: make(chan struct{}, 1), done: make(chan struct{}), exited: make(chan struct{})}
	go q.loop()
	return q
}

// schedule lints uri after delay (at once when delay ≤ 0), replacing an
// earlier schedule of it that has not fired yet.
func (q *scheduler) schedule(uri string, delay time.Duration) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.stopped {
		return
	}
	if t := q.timers[uri]; t != nil {
		t.Stop()
		delete(q.timers, uri)
	}
	if delay <= 0 {
		q.mark(uri)
		return
	}
	q.timers[uri] = time.AfterFunc(delay, func() {
		q.mu.Lock()
		defer q.mu.Unlock()
		if !q.stopped {
			delete(q.timers, uri)
			q.mark(uri)
		}
	})
}

// mark queues uri; q.mu is held.
func (q *scheduler) mark(uri string) {
	q.pending[uri] = true
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

func (q *scheduler) loop() {
	defer close(q.exited)
	for {
		select {
		case <-q.done:
			return
		case <-q.wake:
		}
		q.mu.Lock()
		uris := make([]string, 0, len(q.pending))
		for u := range q.pending {
			uris = append(uris, u)
		}
		clear(q.pending)
		q.mu.Unlock()
		sort.Strings(uris)
		for _, u := range uris {
			select {
			case <-q.done:
				return
			default:
				q.run(u)
			}
		}
	}
}

// stop cancels the timers and waits for the lint in progress, if any.
func (q *scheduler) stop() {
	q.mu.Lock()
	if q.stopped {
		q.mu.Unlock()
		<-q.exited
		return
	}
	q.stopped = true
	for _, t := range q.timers {
		t.Stop()
	}
	clear(q.timers)
	close(q.done)
	q.mu.Unlock()
	<-q.exited
}

// lintURI lints the current text of an open document and publishes its
// diagnostics, unless the document changed or closed meanwhile.
func (s *server) lintURI(uri string) {
	s.mu.Lock()
	d, ok := s.docs[uri]
	if !ok || d.fresh(s.gen) {
		s.mu.Unlock()
		return
	}
	name, text, version, enc, gen := d.lintName(), d.text, d.version, s.enc, s.gen
	s.mu.Unlock()
	res := s.lintText(d.path, name, text, enc)
	s.mu.Lock()
	defer s.mu.Unlock()
	if cur, ok := s.docs[uri]; !ok || cur != d || d.version != version {
		return // a newer edit has its own lint scheduled
	}
	d.linted, d.lintedVersion, d.lintedGen = res, version, gen
	s.publishFor(uri, res.diags)
}

// MaxDocument is the largest document the server lints, as check's
// default --max-file-size: a larger one gets a diagnostic saying so.
const MaxDocument = 10 << 20

// lintText lints one document's text and converts the findings.
func (s *server) lintText(path, name, text, enc string) *lintResult {
	res := &lintResult{index: newLineIndex(text, enc)}
	if len(text) > MaxDocument {
		err := fmt.Errorf("document of %d bytes is over the limit of %d; lint it with pplint check --max-file-size", len(text), MaxDocument)
		res.diags = []protocol.Diagnostic{inputDiagnostic(res.index, err, "zh")}
		return res
	}
	eng, err := s.engines.forDocument(s.ctx, path)
	if err == nil {
		res.eng = eng
		if eng.skips(path) {
			res.diags = []protocol.Diagnostic{}
			return res
		}
		res.findings, err = eng.lint(s.ctx, name, text)
	}
	if err != nil {
		res.findings = nil
		res.diags = []protocol.Diagnostic{inputDiagnostic(res.index, err, res.lang())}
		return res
	}
	res.diags = make([]protocol.Diagnostic, 0, len(res.findings))
	for _, f := range res.findings {
		res.diags = append(res.diags, res.diagnostic(f))
	}
	return res
}

func (r *lintResult) lang() string {
	if r.eng != nil {
		return r.eng.lang
	}
	return "zh"
}

// severities maps finding levels to diagnostic severities.
var severities = map[report.Level]protocol.DiagnosticSeverity{
	report.LevelError:   protocol.DiagnosticSeverityError,
	report.LevelWarning: protocol.DiagnosticSeverityWarning,
	report.LevelNote:    protocol.DiagnosticSeverityInformation,
}

// diagnosticData travels with a diagnostic and comes back in code action
// requests, naming the finding it shows.
type diagnosticData struct {
	RuleID      string `json:"rule_id"`
	Fingerprint string `json:"fingerprint"`
}

// diagnostic converts one finding.
func (r *lintResult) diagnostic(f report.Finding) protocol.Diagnostic {
	sev, ok := severities[f.Level]
	if !ok {
		sev = protocol.DiagnosticSeverityWarning
	}
	d := protocol.Diagnostic{
		Range:    r.index.span(f.Location.Offset, f.Location.EndOffset),
		Severity: &sev,
		Code:     &protocol.IntegerOrString{Value: f.RuleID},
		Source:   ptr("pplint"),
		Message:  f.Message.In(r.lang()),
		Data:     diagnosticData{RuleID: f.RuleID, Fingerprint: f.Fingerprint},
	}
	if rule, ok := r.eng.rules[f.RuleID]; ok && rule.HelpURI != "" {
		d.CodeDescription = &protocol.CodeDescription{HRef: rule.HelpURI}
	}
	return d
}

// inputDiagnostic is the one diagnostic of a document pplint cannot read.
func inputDiagnostic(ix *lineIndex, err error, lang string) protocol.Diagnostic {
	sev := protocol.DiagnosticSeverityError
	msg := "pplint 无法检查此文档：" + err.Error()
	if lang == "en" {
		msg = "pplint cannot check this document: " + err.Error()
	}
	return protocol.Diagnostic{Range: ix.span(0, ix.lineEnd(0)), Severity: &sev,
		Code: &protocol.IntegerOrString{Value: "pplint-input"}, Source: ptr("pplint"), Message: msg}
}
