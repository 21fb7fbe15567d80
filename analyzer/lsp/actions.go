package lsp

import (
	"encoding/json"
	"fmt"
	"strings"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/pplint/pplint/analyzer/lsp/jsonrpc"
	"github.com/pplint/pplint/analyzer/suppress"
)

// codeAction offers, for each finding in the request: suppress it here,
// suppress its rule in the file, and show its rule's documentation.
func (s *server) codeAction(params json.RawMessage) (any, error) {
	var p protocol.CodeActionParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	out := []protocol.CodeAction{}
	if !wantsQuickFix(p.Context.Only) {
		return out, nil
	}
	d, res := s.current(p.TextDocument.URI)
	if res == nil || res.eng == nil {
		return out, nil
	}
	lang, format := res.lang(), d.format()
	quick := protocol.CodeActionKindQuickFix
	inFile, shown := map[string]bool{}, map[string]bool{}
	for _, i := range res.targets(p) {
		f, diag := res.findings[i], res.diags[i]
		rule := res.eng.rules[f.RuleID]
		if f.RuleID != suppress.RuleID {
			l := int(diag.Range.Start.Line)
			out = append(out, protocol.CodeAction{Title: title(lang, "here", f.RuleID), Kind: &quick,
				Diagnostics: []protocol.Diagnostic{diag},
				Edit:        edit(d.uri, suppressHere(res.index, format, l, f.RuleID, lang)...)})
			if !inFile[f.RuleID] {
				inFile[f.RuleID] = true
				out = append(out, protocol.CodeAction{Title: title(lang, "file", f.RuleID), Kind: &quick,
					Diagnostics: []protocol.Diagnostic{diag},
					Edit:        edit(d.uri, suppressInFile(res.index, format, f.RuleID, lang))})
			}
		}
		if rule.HelpURI != "" && !shown[f.RuleID] {
			shown[f.RuleID] = true
			out = append(out, protocol.CodeAction{Title: title(lang, "show", f.RuleID), Kind: &quick,
				Command: &protocol.Command{Title: title(lang, "show", f.RuleID), Command: commandShowRule,
					Arguments: []any{f.RuleID, rule.HelpURI}}})
		}
	}
	return out, nil
}

// wantsQuickFix reports whether a request limited to the kinds only asks
// for quick fixes.
func wantsQuickFix(only []protocol.CodeActionKind) bool {
	if len(only) == 0 {
		return true
	}
	for _, k := range only {
		if k == protocol.CodeActionKindQuickFix || strings.HasPrefix(string(protocol.CodeActionKindQuickFix), string(k)+".") {
			return true
		}
	}
	return false
}

// targets returns the indices of the findings a code action request is
// about: those of the diagnostics it carries, else those overlapping its
// range.
func (r *lintResult) targets(p protocol.CodeActionParams) []int {
	var out []int
	seen := map[int]bool{}
	for _, cd := range p.Context.Diagnostics {
		var data diagnosticData
		if b, err := json.Marshal(cd.Data); err == nil {
			_ = json.Unmarshal(b, &data)
		}
		for i, f := range r.findings {
			if !seen[i] && data.Fingerprint != "" && f.Fingerprint == data.Fingerprint && f.RuleID == data.RuleID {
				seen[i] = true
				out = append(out, i)
			}
		}
	}
	if len(p.Context.Diagnostics) > 0 {
		return out
	}
	from, to := r.index.offset(p.Range.Start), r.index.offset(p.Range.End)
	for i, f := range r.findings {
		if f.Location.Offset <= to && from <= f.Location.EndOffset {
			out = append(out, i)
		}
	}
	return out
}

// title names a code action.
func title(lang, what, rule string) string {
	zh := map[string]string{"here": "pplint：在此处抑制 %s（须写明理由）", "file": "pplint：在本文件中抑制 %s（须写明理由）", "show": "pplint：查看规则 %s 的说明"}
	en := map[string]string{"here": "pplint: suppress %s here (give a reason)", "file": "pplint: suppress %s in this file (give a reason)", "show": "pplint: show rule %s"}
	if lang == "en" {
		return fmt.Sprintf(en[what], rule)
	}
	return fmt.Sprintf(zh[what], rule)
}

func edit(uri string, edits ...protocol.TextEdit) *protocol.WorkspaceEdit {
	return &protocol.WorkspaceEdit{Changes: map[protocol.DocumentUri][]protocol.TextEdit{uri: edits}}
}

// executeCommand runs pplint.showRule: it asks the client to open the
// rule's documentation, or shows its address when the client cannot.
func (s *server) executeCommand(params json.RawMessage) (any, error) {
	var p protocol.ExecuteCommandParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	if p.Command != commandShowRule {
		return nil, jsonrpc.Errorf(jsonrpc.CodeInvalidParams, "unknown command %q", p.Command)
	}
	var rule, uri string
	if len(p.Arguments) == 2 {
		rule, _ = p.Arguments[0].(string)
		uri, _ = p.Arguments[1].(string)
	}
	if !strings.HasPrefix(uri, "https://") && !strings.HasPrefix(uri, "http://") {
		return nil, jsonrpc.Errorf(jsonrpc.CodeInvalidParams, "%s takes a rule id and its documentation's http(s) address", commandShowRule)
	}
	s.mu.Lock()
	show := s.showDocument
	s.mu.Unlock()
	var err error
	if show {
		_, err = s.conn.Call("window/showDocument", protocol.ShowDocumentParams{URI: uri, External: ptr(true)})
	} else {
		err = s.conn.Notify("window/showMessage", protocol.ShowMessageParams{Type: protocol.MessageTypeInfo, Message: rule + ": " + uri})
	}
	return nil, err
}
