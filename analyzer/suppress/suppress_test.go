package suppress

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/pplint/pplint/analyzer/report"
	"github.com/pplint/pplint/segment"
)

func known(id string) bool {
	return id == "grant-irrevocable" || id == "grant-sublicensable" || id == "grant-unlimited-term"
}

// at builds a finding of rule id on line (column 1) of doc.
func at(id string, line int) report.Finding {
	return report.Finding{RuleID: id, Level: report.LevelError, Location: report.Location{StartLine: line, Offset: line * 1000}}
}

// run applies the directives of src to the findings and returns the
// remaining findings as "rule line" and the meta findings' English messages
// as "line: message".
func run(t *testing.T, format segment.Format, src string, fs ...report.Finding) (kept, meta []string) {
	t.Helper()
	doc := segment.NewDocument("doc", format, []byte(src), nil)
	for _, f := range Apply(doc, fs, known) {
		if f.RuleID == RuleID {
			if f.Fingerprint == "" || f.Snippet == "" || f.Level != report.LevelWarning {
				t.Errorf("meta finding lacks fingerprint, snippet or level: %+v", f)
			}
			meta = append(meta, fmt.Sprintf("%d: %s", f.Location.StartLine, f.Message.En))
			continue
		}
		kept = append(kept, fmt.Sprintf("%s %d", f.RuleID, f.Location.StartLine))
	}
	sort.Strings(kept)
	return kept, meta
}

func eq(t *testing.T, what string, got []string, want ...string) {
	t.Helper()
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("%s:\n got %q\nwant %q", what, got, want)
	}
}

func TestNextLine(t *testing.T) {
	src := "# 授权书\n<!-- pplint-disable-next-line grant-irrevocable -- 与监管机构约定的条款 -->\n\n本人不可撤销地授权。\n本人不可撤销地授权。\n"
	kept, meta := run(t, segment.FormatMarkdown, src,
		at("grant-irrevocable", 4), at("grant-unlimited-term", 4), at("grant-irrevocable", 5))
	eq(t, "kept", kept, "grant-irrevocable 5", "grant-unlimited-term 4")
	eq(t, "meta", meta)
}

func TestSameLineAndSeveralRules(t *testing.T) {
	src := "本人不可撤销地授权。<!-- pplint-disable-line grant-irrevocable, grant-unlimited-term -- 法务已确认 -->\n"
	kept, meta := run(t, segment.FormatMarkdown, src, at("grant-irrevocable", 1), at("grant-unlimited-term", 1), at("grant-sublicensable", 1))
	eq(t, "kept", kept, "grant-sublicensable 1")
	eq(t, "meta", meta)
}

func TestBlock(t *testing.T) {
	src := "a\n<!-- pplint-disable grant-irrevocable —— 历史版本，仅存档 -->\nb\nc\n<!-- pplint-enable -->\nd\n"
	kept, meta := run(t, segment.FormatHTML, src,
		at("grant-irrevocable", 1), at("grant-irrevocable", 3), at("grant-irrevocable", 4), at("grant-irrevocable", 6), at("grant-sublicensable", 3))
	eq(t, "kept", kept, "grant-irrevocable 1", "grant-irrevocable 6", "grant-sublicensable 3")
	eq(t, "meta", meta)
}

func TestUnclosedBlockRunsToEnd(t *testing.T) {
	src := "<!-- pplint-disable -- 整份文件为旧版本 -->\na\nb\n"
	kept, meta := run(t, segment.FormatMarkdown, src, at("grant-irrevocable", 2), at("grant-sublicensable", 3))
	eq(t, "kept", kept)
	eq(t, "meta", meta)
}

func TestEnableOneRule(t *testing.T) {
	src := "<!-- pplint-disable grant-irrevocable grant-sublicensable -- 旧版 -->\na\n<!-- pplint-enable grant-irrevocable -->\nb\n"
	kept, meta := run(t, segment.FormatMarkdown, src, at("grant-irrevocable", 2), at("grant-irrevocable", 4), at("grant-sublicensable", 4))
	eq(t, "kept", kept, "grant-irrevocable 4")
	eq(t, "meta", meta)
}

func TestTextDirectives(t *testing.T) {
	src := "授权书\npplint-disable-next-line grant-irrevocable -- 合同另有约定，不可撤销\n本人不可撤销地授权。\n本人不可撤销地授权。\n"
	kept, meta := run(t, segment.FormatText, src, at("grant-irrevocable", 3), at("grant-irrevocable", 4))
	eq(t, "kept", kept, "grant-irrevocable 4")
	eq(t, "meta", meta)
}

func TestTextIgnoresHTMLComments(t *testing.T) {
	src := "<!-- pplint-disable-next-line grant-irrevocable -- x -->\n本人不可撤销地授权。\n"
	kept, meta := run(t, segment.FormatText, src, at("grant-irrevocable", 2))
	eq(t, "kept", kept, "grant-irrevocable 2")
	eq(t, "meta", meta)
}

func TestFaultyDirectives(t *testing.T) {
	src := strings.Join([]string{
		"<!-- pplint-disable-next-line grant-irrevocable -->",          // 1: no reason (but used)
		"本人不可撤销地授权。",                                                   // 2
		"<!-- pplint-disable-next-line grant-sublicensable -- 旧条款 -->", // 3: unused
		"本人不可撤销地授权。",                                                   // 4
		"<!-- pplint-disable-line grant-irrevocabel -- 拼写错误 -->",       // 5: unknown rule
		"<!-- pplint-disabel grant-irrevocable -- 拼写错误 -->",            // 6: unknown directive
		"<!-- pplint-enable -->",                                       // 7: nothing to enable
		"<!-- pplint-disable-next-line -->",                            // 8: no reason, and unused
		"",
		"无关内容。", // 10
	}, "\n")
	kept, meta := run(t, segment.FormatMarkdown, src, at("grant-irrevocable", 2), at("grant-irrevocable", 4))
	eq(t, "kept", kept, "grant-irrevocable 4")
	eq(t, "meta", meta,
		`1: suppression without a reason: add "-- reason" after the rule ids.`,
		`3: suppression suppresses nothing (grant-sublicensable): remove or update it.`,
		`5: unknown rule id in suppression: grant-irrevocabel.`,
		`6: unknown directive "pplint-disabel": want disable-next-line, disable-line, disable or enable.`,
		`7: pplint-enable without a matching pplint-disable.`,
		`8: suppression without a reason: add "-- reason" after the rule ids.`,
		`8: suppression suppresses nothing (all rules): remove or update it.`,
	)
}

func TestMetaFingerprintsDiffer(t *testing.T) {
	src := "<!-- pplint-disable-next-line -->\n\n<!-- pplint-disable-next-line -->\n"
	doc := segment.NewDocument("doc.md", segment.FormatMarkdown, []byte(src), nil)
	seen := map[string]bool{}
	out := Apply(doc, nil, known)
	for _, f := range out {
		seen[f.Fingerprint] = true
	}
	// Two problems on each directive; the two directives are told apart by
	// the analyzer's repeat numbering, so here only the problems differ.
	if len(out) != 4 || len(seen) != 2 {
		t.Errorf("%d findings with %d distinct fingerprints", len(out), len(seen))
	}
	if out[0].Location.StartCol != 1 || out[0].Location.EndCol != 34 || out[0].Snippet != "<!-- pplint-disable-next-line -->" {
		t.Errorf("location %+v snippet %q", out[0].Location, out[0].Snippet)
	}
}

func TestNoDirectivesIsIdentity(t *testing.T) {
	fs := []report.Finding{at("grant-irrevocable", 1)}
	doc := segment.NewDocument("doc.md", segment.FormatMarkdown, []byte("本人不可撤销地授权。\n"), nil)
	if got := Apply(doc, fs, known); len(got) != 1 {
		t.Errorf("got %v", got)
	}
	doc = segment.NewDocument("doc.docx", segment.FormatDocx, []byte("pplint-disable -- x\n"), nil)
	if got := Apply(doc, fs, known); len(got) != 1 {
		t.Errorf("docx: got %v", got)
	}
}

func TestStripKeepsPositions(t *testing.T) {
	src := "授权书\npplint-disable-next-line grant-irrevocable -- 合同另有约定，不可撤销\n本人不可撤销地授权。\n"
	doc, err := segment.Parse("a.txt", []byte(src), segment.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	got := Strip(doc)
	if string(got.Source) != src {
		t.Error("Strip changed the source")
	}
	var texts []string
	for _, b := range got.Blocks {
		texts = append(texts, b.Text)
		if strings.Contains(b.Text, "pplint") {
			t.Errorf("directive line still linted: %q", b.Text)
		}
	}
	if len(texts) != 2 || texts[1] != "本人不可撤销地授权。" {
		t.Errorf("blocks %q", texts)
	}
	if p := got.Position(got.Blocks[1].Runs[0].SrcStart); p.Line != 3 || p.Col != 1 {
		t.Errorf("block moved to %+v", p)
	}
	md, _ := segment.Parse("a.md", []byte(src), segment.FormatMarkdown)
	if Strip(md) != md {
		t.Error("Strip changed a Markdown document")
	}
}

func TestFencedExamplesIgnored(t *testing.T) {
	src := "示例：\n\n```markdown\n<!-- pplint-disable-next-line grant-irrevocable -->\n本人不可撤销地授权。\n```\n\n~~~~\n<!-- pplint-disable -->\n~~~\n~~~~\n本人不可撤销地授权。\n"
	kept, meta := run(t, segment.FormatMarkdown, src, at("grant-irrevocable", 5), at("grant-irrevocable", 12))
	eq(t, "kept", kept, "grant-irrevocable 12", "grant-irrevocable 5")
	eq(t, "meta", meta)
}
