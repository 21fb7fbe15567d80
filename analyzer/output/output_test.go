package output

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/pplint/pplint/analyzer/report"
)

func sample() *report.Report {
	rule := report.Rule{ID: "grant-irrevocable", Title: report.Text{Zh: "不可撤销的授权", En: "Irrevocable grant"},
		Severity: report.LevelError, Fix: report.Text{Zh: "删除不可撤销的表述。", En: "Drop the irrevocability."},
		LegalBasis: []report.LegalBasis{{Law: "人脸规定", Article: "第十一条"}}, HelpURI: "https://example.test/r"}
	f := report.Finding{RuleID: rule.ID, Level: report.LevelError,
		Message:  report.Text{Zh: "授权被表述为不可撤销。", En: "The grant is irrevocable."},
		Location: report.Location{Path: "/w/docs/a,b.md", StartLine: 3, StartCol: 5, EndLine: 3, EndCol: 9, Offset: 12, EndOffset: 24, CharOffset: 4, CharLength: 4},
		Snippet:  "不可撤销", Sentence: "本人在此不可撤销地授权。", SnippetAt: 12, Fingerprint: "abc", LineHash: "1f:1"}
	return &report.Report{Rules: []report.Rule{rule}, Findings: []report.Finding{f}, Files: 1,
		Errors: []report.FileError{{Path: "/w/bad.txt", Message: "invalid UTF-8"}}}
}

func render(t *testing.T, format, lang string) string {
	t.Helper()
	w, err := New(format, Options{Lang: lang, WorkDir: "/w", ToolVersion: "1.2.3"})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := w.Write(&b, sample()); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestText(t *testing.T) {
	zh := render(t, "text", "zh")
	for _, want := range []string{"docs/a,b.md:3:5  错误  grant-irrevocable  授权被表述为不可撤销。",
		"原文: 本人在此【不可撤销】地授权。", "依据: 人脸规定 第十一条", "建议: 删除不可撤销的表述。", "共 1 个问题"} {
		if !strings.Contains(zh, want) {
			t.Errorf("zh text lacks %q:\n%s", want, zh)
		}
	}
	if en := render(t, "text", "en"); !strings.Contains(en, "3:5  error  grant-irrevocable  The grant is irrevocable.") {
		t.Errorf("en text:\n%s", en)
	}
}

func TestHighlightPlacesTheRightOccurrence(t *testing.T) {
	s := "为您提供服务，并向第三方提供您的信息。"
	second := strings.LastIndex(s, "提供")
	if got := highlight(s, "提供", second, false); got != "为您提供服务，并向第三方【提供】您的信息。" {
		t.Errorf("got %s", got)
	}
	if got := highlight(s, "提供", -1, false); got != "为您【提供】服务，并向第三方提供您的信息。" {
		t.Errorf("fallback: got %s", got)
	}
}

func TestJSON(t *testing.T) {
	var got struct {
		Findings []struct {
			Path       string              `json:"path"`
			Text       string              `json:"text"`
			LegalBasis []report.LegalBasis `json:"legal_basis"`
			Fix        report.Text         `json:"fix"`
		} `json:"findings"`
		Summary map[string]int     `json:"summary"`
		Errors  []report.FileError `json:"errors"`
	}
	if err := json.Unmarshal([]byte(render(t, "json", "en")), &got); err != nil {
		t.Fatal(err)
	}
	f := got.Findings[0]
	if f.Path != "docs/a,b.md" || f.Text != "The grant is irrevocable." || f.LegalBasis[0].Article != "第十一条" ||
		f.Fix.Zh == "" || got.Summary["error"] != 1 || got.Errors[0].Path != "bad.txt" {
		t.Errorf("unexpected JSON: %+v", got)
	}
}

func TestGithubEscapes(t *testing.T) {
	out := render(t, "github", "zh")
	if !strings.Contains(out, "::error file=docs/a%2Cb.md,line=3,col=5,endLine=3,endColumn=9,title=grant-irrevocable 不可撤销的授权::") {
		t.Errorf("annotation:\n%s", out)
	}
	if !strings.Contains(out, "::error file=bad.txt,title=pplint::invalid UTF-8") {
		t.Errorf("file error annotation missing:\n%s", out)
	}
	if got := escapeData("a%b\nc"); got != "a%25b%0Ac" {
		t.Errorf("escapeData = %q", got)
	}
}

func TestSARIFBuild(t *testing.T) {
	log, err := (&sarifWriter{Options{Lang: "zh", WorkDir: "/w", ToolVersion: "1.2.3"}}).Build(sample())
	if err != nil {
		t.Fatal(err)
	}
	if err := log.Validate(); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	res := run.Results[0]
	loc := res.Locations[0].PhysicalLocation
	if *loc.ArtifactLocation.URI != "docs/a,b.md" || loc.ArtifactLocation.Index != 0 || *run.Artifacts[0].Location.URI != "docs/a,b.md" {
		t.Errorf("artifact location %q index %d", *loc.ArtifactLocation.URI, loc.ArtifactLocation.Index)
	}
	if r := loc.Region; *r.StartColumn != 5 || *r.EndColumn != 9 || r.CharOffset != 4 || *r.CharLength != 4 {
		t.Errorf("region %+v", r)
	}
	if res.PartialFingerprints["primaryLocationLineHash"] != "1f:1" || res.RuleIndex != 0 {
		t.Errorf("fingerprints %v rule index %d", res.PartialFingerprints, res.RuleIndex)
	}
	if *run.Invocations[0].ExecutionSuccessful || len(run.Invocations[0].ToolExecutionNotifications) != 1 {
		t.Errorf("file errors must mark the invocation unsuccessful with a notification")
	}
	rule := run.Tool.Driver.Rules[0]
	if !strings.Contains(*rule.Help.Markdown, "人脸规定 第十一条") || *rule.Name != "GrantIrrevocable" {
		t.Errorf("rule help %q name %q", *rule.Help.Markdown, *rule.Name)
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := New("xml", Options{}); err == nil || !strings.Contains(err.Error(), "sarif") {
		t.Errorf("err = %v", err)
	}
}
