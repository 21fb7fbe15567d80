package main

import (
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	protocol "github.com/tliron/glsp/protocol_3_16"
)

// lspOffset converts a position in enc to a byte offset, independently of
// the server's code.
func lspOffset(text string, p protocol.Position, enc string) int {
	starts := []int{0}
	for _, m := range lineBreaks.FindAllStringIndex(text, -1) {
		starts = append(starts, m[1])
	}
	i := starts[p.Line]
	for units := 0; units < int(p.Character) && i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch enc {
		case "utf-8":
			units += size
		case "utf-16":
			units += len(utf16.Encode([]rune{r}))
		default:
			units++
		}
		i += size
	}
	return i
}

// applyEdits applies text edits as a client does: from the last to the first.
func applyEdits(text string, edits []protocol.TextEdit, enc string) string {
	sort.SliceStable(edits, func(i, j int) bool {
		return lspOffset(text, edits[i].Range.Start, enc) > lspOffset(text, edits[j].Range.Start, enc)
	})
	for _, e := range edits {
		s, x := lspOffset(text, e.Range.Start, enc), lspOffset(text, e.Range.End, enc)
		text = text[:s] + e.NewText + text[x:]
	}
	return text
}

func codes(ds []diag) string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Code)
	}
	return strings.Join(sorted(out), " ")
}

func has(ds []diag, code string) *diag {
	for i := range ds {
		if ds[i].Code == code {
			return &ds[i]
		}
	}
	return nil
}

func (p *lspProc) change(t *testing.T, uri string, version int, changes ...any) {
	t.Helper()
	err := p.Notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": version},
		"contentChanges": changes,
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestLSPEditHoverAndActions edits a notice the way an author does: hover
// explains a finding, an incremental edit that removes a clause clears its
// diagnostic, and each suppression code action, applied, lints clean.
func TestLSPEditHoverAndActions(t *testing.T) {
	t.Parallel()
	const enc = "utf-16"
	dir := copyFixtures(t, "lsp/notice-astral.md")
	p := startLSP(t, dir)
	p.initialize(t, dir, enc, map[string]any{"window": map[string]any{"showDocument": map[string]any{"support": true}}})
	uri, text := p.open(t, filepath.Join(dir, "notice-astral.md"), "markdown")
	ds := p.diagnostics(t, uri, nil)
	irrevocable := has(ds, "grant-irrevocable")
	if irrevocable == nil || has(ds, "grant-sublicensable") == nil {
		t.Fatalf("want grant-irrevocable and grant-sublicensable, got %s", codes(ds))
	}

	// Hover: title, message, basis with article text, fix, link.
	var hover struct {
		Contents struct{ Kind, Value string } `json:"contents"`
		Range    protocol.Range               `json:"range"`
	}
	pos := irrevocable.Range.Start
	pos.Character++
	if err := p.Call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": pos}, &hover); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"不可撤销的授权", "`grant-irrevocable`", "人脸规定 第十一条", "无期限限制、不可撤销", "民法典 第四百九十七条", "**建议**", "grant-irrevocable/README.md"} {
		if !strings.Contains(hover.Contents.Value, want) {
			t.Errorf("hover lacks %q:\n%s", want, hover.Contents.Value)
		}
	}
	if hover.Contents.Kind != "markdown" || hover.Range != irrevocable.Range {
		t.Errorf("hover kind %q range %v, want markdown at %v", hover.Contents.Kind, hover.Range, irrevocable.Range)
	}
	var none json.RawMessage
	if err := p.Call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": map[string]int{"line": 2, "character": 1}}, &none); err != nil || string(none) != "null" {
		t.Errorf("hover off any finding = %s, %v; want null", none, err)
	}

	// Code actions for the diagnostic, as the client sends it back.
	var actions []struct {
		Title string `json:"title"`
		Edit  *struct {
			Changes map[string][]protocol.TextEdit `json:"changes"`
		} `json:"edit"`
		Command *struct {
			Command   string `json:"command"`
			Arguments []any  `json:"arguments"`
		} `json:"command"`
	}
	if err := p.Call("textDocument/codeAction", map[string]any{"textDocument": map[string]any{"uri": uri},
		"range": irrevocable.Range, "context": map[string]any{"diagnostics": []diag{*irrevocable}}}, &actions); err != nil {
		t.Fatal(err)
	}
	if len(actions) != 3 {
		t.Fatalf("want 3 actions (here, file, show rule), got %+v", actions)
	}
	version := 1
	for _, a := range actions[:2] {
		if a.Edit == nil || len(a.Edit.Changes[uri]) == 0 {
			t.Fatalf("action %q has no edit", a.Title)
		}
		edited := applyEdits(text, a.Edit.Changes[uri], enc)
		if !strings.Contains(edited, "pplint-disable") || !strings.Contains(edited, "-- 理由待补充") {
			t.Errorf("action %q inserted no directive with a reason:\n%s", a.Title, edited)
		}
		version++
		p.change(t, uri, version, map[string]any{"text": edited})
		after := p.diagnostics(t, uri, func(ds []diag) bool { return has(ds, "grant-irrevocable") == nil })
		if has(after, "pplint-suppression") != nil || has(after, "grant-sublicensable") == nil {
			t.Errorf("after %q: %s; want grant-irrevocable gone, no suppression problem, other findings kept", a.Title, codes(after))
		}
	}
	show := actions[2].Command
	if show == nil || show.Command != "pplint.showRule" {
		t.Fatalf("third action is not show rule: %+v", actions[2])
	}
	if err := p.Call("workspace/executeCommand", map[string]any{"command": show.Command, "arguments": show.Arguments}, nil); err != nil {
		t.Fatal(err)
	}
	req, err := p.Next("window/showDocument", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(req.Params), "grant-irrevocable/README.md") || !strings.Contains(string(req.Params), `"external":true`) {
		t.Errorf("showDocument params %s", req.Params)
	}

	// An incremental edit that deletes "、可转授权" from the original text.
	version++
	p.change(t, uri, version, map[string]any{"text": text})
	p.diagnostics(t, uri, func(ds []diag) bool { return has(ds, "grant-irrevocable") != nil })
	at := strings.Index(text, "、可转授权")
	rng := protocol.Range{Start: lspPosition(text, at, enc), End: lspPosition(text, at+len("、可转授权"), enc)}
	version++
	p.change(t, uri, version, map[string]any{"range": rng, "text": ""})
	after := p.diagnostics(t, uri, func(ds []diag) bool { return has(ds, "grant-sublicensable") == nil })
	if has(after, "grant-irrevocable") == nil || has(after, "grant-unlimited-term") == nil {
		t.Errorf("after removing the sublicence clause: %s; want the other grant findings kept", codes(after))
	}
	if code := p.exitCode(t, true); code != 0 {
		t.Errorf("exit code %d", code)
	}
}
