package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

const triad = "本人不可撤销地授权贵公司永久保存、使用本人的人脸信息，并可将上述授权转授权给第三方。\n"

// pplint runs the CLI in-process and returns exit code, stdout and stderr.
func pplint(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCheckTextReportsTriad(t *testing.T) {
	code, out, _ := pplint(t, "", "check", "../../fixtures/docs/authorization-letter.txt")
	if code != exitFindings {
		t.Fatalf("exit %d, want %d\n%s", code, exitFindings, out)
	}
	for _, want := range []string{"authorization-letter.txt:9:", "grant-irrevocable", "grant-unlimited-term",
		"grant-sublicensable", "人脸规定 第十一条", "民法典 第四百九十七条", "建议"} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q:\n%s", want, out)
		}
	}
}

func TestCheckEnglish(t *testing.T) {
	_, out, _ := pplint(t, triad, "check", "--lang", "en", "-")
	if !strings.Contains(out, "<stdin>:1:3  error  grant-irrevocable") || !strings.Contains(out, "3 finding(s)") {
		t.Errorf("unexpected English report:\n%s", out)
	}
}

func TestCheckExitCodes(t *testing.T) {
	good := "../../fixtures/rules/grant-irrevocable/good/revocable.md"
	cases := []struct {
		name string
		args []string
		want int
	}{
		{"clean", []string{"check", good}, exitClean},
		{"findings", []string{"check", "-"}, exitFindings},
		{"fail-level none", []string{"check", "--fail-level", "none", "-"}, exitClean},
		{"bad fail-level", []string{"check", "--fail-level", "fatal", "-"}, exitError},
		{"bad format", []string{"check", "--format", "xml", "-"}, exitError},
		{"no args", []string{"check"}, exitError},
		{"missing file", []string{"check", "no-such-file.md"}, exitError},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if code, out, errs := pplint(t, triad, c.args...); code != c.want {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, c.want, out, errs)
			}
		})
	}
}

func TestBadFileDoesNotStopOthers(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "broken.txt", "caf\xe9 \xff\xfd not text")
	ok := writeFile(t, dir, "letter.txt", triad)
	code, out, errs := pplint(t, "", "check", "--format", "json", bad, ok)
	if code != exitError {
		t.Fatalf("exit %d, want %d", code, exitError)
	}
	if !strings.Contains(errs, "broken.txt") {
		t.Errorf("stderr does not name the bad file: %s", errs)
	}
	var rep struct {
		Findings []struct {
			RuleID string `json:"rule_id"`
		} `json:"findings"`
		Errors []struct{ Path, Message string } `json:"errors"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, out)
	}
	if len(rep.Findings) != 3 || len(rep.Errors) != 1 {
		t.Errorf("got %d findings and %d errors, want 3 and 1", len(rep.Findings), len(rep.Errors))
	}
}

func TestSARIFIsValidAndLocated(t *testing.T) {
	code, out, _ := pplint(t, "", "check", "--format", "sarif", "../../fixtures/docs/authorization-letter.txt")
	if code != exitFindings {
		t.Fatalf("exit %d", code)
	}
	log, err := sarif.FromString(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := log.Validate(); err != nil {
		t.Fatalf("SARIF does not validate against the 2.1.0 schema: %v", err)
	}
	run := log.Runs[0]
	if *run.ColumnKind != "unicodeCodePoints" || len(run.Tool.Driver.Rules) < 3 {
		t.Errorf("columnKind %v, %d rules", *run.ColumnKind, len(run.Tool.Driver.Rules))
	}
	for _, r := range run.Tool.Driver.Rules {
		if r.ShortDescription == nil || r.FullDescription == nil || r.Help == nil || r.Help.Text == nil || r.HelpURI == nil {
			t.Errorf("rule %s lacks a description, help or helpUri", *r.ID)
		}
	}
	got := map[string]bool{}
	for _, res := range run.Results {
		loc := res.Locations[0].PhysicalLocation
		reg := loc.Region
		got[*res.RuleID] = true
		if *loc.ArtifactLocation.URI != "../../fixtures/docs/authorization-letter.txt" {
			t.Errorf("uri %q", *loc.ArtifactLocation.URI)
		}
		if res.PartialFingerprints["primaryLocationLineHash"] == "" || res.PartialFingerprints["pplint/content/v1"] == "" {
			t.Errorf("%s: missing fingerprints %v", *res.RuleID, res.PartialFingerprints)
		}
		if *res.RuleID == "grant-irrevocable" {
			// 本人在此不可撤销地… : 不可撤销 starts at column 5 of line 9.
			if *reg.StartLine != 9 || *reg.StartColumn != 5 || *reg.EndColumn != 9 || *reg.Snippet.Text != "不可撤销" {
				t.Errorf("region %d:%d-%d %q", *reg.StartLine, *reg.StartColumn, *reg.EndColumn, *reg.Snippet.Text)
			}
		}
	}
	if len(got) != 3 {
		t.Errorf("rules reported: %v", got)
	}
}

// TestFingerprintsSurviveLinesAbove checks that adding unrelated lines above
// a finding keeps both fingerprints, as code scanning needs to keep alerts.
func TestFingerprintsSurviveLinesAbove(t *testing.T) {
	dir := t.TempDir()
	prints := func(text string) map[string]string {
		p := writeFile(t, dir, "letter.md", text)
		_, out, _ := pplint(t, "", "check", "--format", "sarif", p)
		log, err := sarif.FromString(out)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		for _, r := range log.Runs[0].Results {
			m[*r.RuleID] = r.PartialFingerprints["primaryLocationLineHash"] + " " + r.PartialFingerprints["pplint/content/v1"]
		}
		return m
	}
	before := prints("# 授权书\n\n" + triad)
	after := prints("# 授权书\n\n新增一段与授权无关的说明。\n\n另一段说明。\n\n" + triad)
	if len(before) != 3 {
		t.Fatalf("want 3 findings, got %v", before)
	}
	for id, fp := range before {
		if after[id] != fp {
			t.Errorf("%s: fingerprint changed from %q to %q", id, fp, after[id])
		}
	}
}

func TestGithubFormat(t *testing.T) {
	_, out, _ := pplint(t, triad, "check", "--format", "github", "--stdin-filename", "docs/letter.txt", "-")
	if !strings.HasPrefix(out, "::error file=docs/letter.txt,line=1,col=3,endLine=1,endColumn=7,title=grant-irrevocable") {
		t.Errorf("unexpected annotation:\n%s", out)
	}
}

func TestDeterministic(t *testing.T) {
	_, a, _ := pplint(t, "", "check", "--format", "sarif", "../../fixtures")
	_, b, _ := pplint(t, "", "check", "--format", "sarif", "--workers", "1", "../../fixtures")
	if a != b {
		t.Error("SARIF differs between runs")
	}
}
