package output

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pplint/pplint/analyzer/report"
)

func TestGithubWorkflowCommands(t *testing.T) {
	r := &report.Report{
		Rules: []report.Rule{
			{ID: "r-one", Title: report.Text{Zh: "标题: 一, 二"}, Fix: report.Text{Zh: "改为 100% 可撤回"},
				LegalBasis: []report.LegalBasis{{Law: "个保法", Article: "第十五条"}}},
			{ID: "r-two", Title: report.Text{Zh: "二"}},
		},
		Findings: []report.Finding{
			{RuleID: "r-one", Level: report.LevelError, Message: report.Text{Zh: "第一行\r\n第二行 50%"},
				Location: report.Location{Path: "docs/a,b.md", StartLine: 3, StartCol: 2, EndLine: 3, EndCol: 6}},
			{RuleID: "r-two", Level: report.LevelWarning, Message: report.Text{Zh: "跨行"},
				Location: report.Location{Path: "docs/a.md", StartLine: 4, StartCol: 5, EndLine: 6, EndCol: 2}},
			{RuleID: "r-two", Level: report.LevelNote, Message: report.Text{Zh: "提示"},
				Location: report.Location{Path: "a.md", StartLine: 1, StartCol: 1, EndLine: 1, EndCol: 2}},
		},
		Errors: []report.FileError{{Path: "bad:file.txt", Message: "cannot decode\nline 2"}},
	}
	w, _ := New("github", Options{})
	var buf bytes.Buffer
	if err := w.Write(&buf, r); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"::error file=docs/a%2Cb.md,line=3,col=2,endLine=3,endColumn=6,title=r-one 标题%3A 一%2C 二::第一行%0D%0A第二行 50%25%0A个保法 第十五条%0A改为 100%25 可撤回",
		"::warning file=docs/a.md,line=4,endLine=6,title=r-two 二::跨行",
		"::notice file=a.md,line=1,col=1,endLine=1,endColumn=2,title=r-two 二::提示",
		"::error file=bad%3Afile.txt,title=pplint::cannot decode%0Aline 2",
	}
	got := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(got) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(got), len(want), buf.String())
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d:\n got %s\nwant %s", i+1, got[i], want[i])
		}
	}
}
