package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pplint/pplint/segment"
	"github.com/pplint/pplint/segment/docxreview"
)

// jsonFindings runs a JSON check and returns the findings' ranges and ids.
func jsonFindings(t *testing.T, args ...string) []struct {
	RuleID   string `json:"rule_id"`
	Location struct {
		Offset    int `json:"offset"`
		EndOffset int `json:"end_offset"`
	} `json:"location"`
} {
	t.Helper()
	_, out, errs := pplint(t, "", append([]string{"check", "--no-config", "--format", "json"}, args...)...)
	var rep struct {
		Findings []struct {
			RuleID   string `json:"rule_id"`
			Location struct {
				Offset    int `json:"offset"`
				EndOffset int `json:"end_offset"`
			} `json:"location"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, errs)
	}
	return rep.Findings
}

func copyFile(t *testing.T, from, dir string) string {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	return writeFile(t, dir, filepath.Base(from), string(b))
}

// checkReview reads the review copy of input back: the text is the one
// linted and each finding has exactly one comment, on its exact text.
func checkReview(t *testing.T, input, review string, want ...string) []docxreview.Found {
	t.Helper()
	in, _ := os.ReadFile(input)
	doc, err := segment.Load(input, in, segment.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out, err := os.ReadFile(review)
	if err != nil {
		t.Fatal(err)
	}
	text, found, err := docxreview.ReadComments(out)
	if err != nil {
		t.Fatal(err)
	}
	fs := jsonFindings(t, input)
	if len(found) != len(fs) || len(fs) == 0 {
		t.Fatalf("%d comments for %d findings", len(found), len(fs))
	}
	for i, f := range fs {
		c := found[i]
		if !strings.Contains(c.Text, f.RuleID) || c.Author != "pplint" || c.Initials != "PL" || c.Date != "2026-01-02T03:04:05Z" {
			t.Errorf("comment %d: %+v", i, c)
		}
		for _, w := range want {
			if !strings.Contains(c.Text, w) {
				t.Errorf("comment %d lacks %q: %q", i, w, c.Text)
			}
		}
		if doc.Format == segment.FormatDocx {
			if !bytes.Equal(text, doc.Source) {
				t.Fatalf("text changed: %q", text)
			}
			if c.Start != f.Location.Offset || c.End != f.Location.EndOffset {
				t.Errorf("comment %d on [%d,%d), finding on [%d,%d)", i, c.Start, c.End, f.Location.Offset, f.Location.EndOffset)
			}
		} else if got, w := string(text[c.Start:c.End]), string(doc.Source[f.Location.Offset:f.Location.EndOffset]); got != w &&
			!strings.Contains(c.Text, "整段") {
			// Only a finding on markup (a suppression comment) marks a
			// whole paragraph, and says so.
			t.Errorf("comment %d on %q, finding on %q", i, got, w)
		}
	}
	return found
}

func TestCheckDocxReviewCopy(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767323045") // 2026-01-02T03:04:05Z
	dir := t.TempDir()
	in := copyFile(t, "../../fixtures/formats/authorization.docx", dir)
	orig, _ := os.ReadFile(in)
	out := filepath.Join(dir, "reviewed.docx")
	code, stdout, errs := pplint(t, "", "check", "--no-config", "--format", "docx", "-o", out, in)
	if code != exitFindings || stdout != "" || !strings.Contains(errs, "3 finding(s) as Word comments") {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, errs)
	}
	checkReview(t, in, out, "【错误】", "依据：人脸规定 第十一条", "建议：", "规则：")

	// English comments, replacing the file only with --force.
	if code, _, errs := pplint(t, "", "check", "--no-config", "--format", "docx", "--lang", "en", "-o", out, in); code != exitError || !strings.Contains(errs, "--force") {
		t.Errorf("existing -o file: exit %d %s", code, errs)
	}
	if code, _, errs := pplint(t, "", "check", "--no-config", "--format", "docx", "--lang", "en", "--force", "-o", out, in); code != exitFindings {
		t.Errorf("--force: exit %d %s", code, errs)
	}
	checkReview(t, in, out, "[error] ", "Basis: 人脸规定 第十一条", "Fix: ", "Rule: ")

	// Without -o: NAME.pplint.docx beside the input, never over anything.
	for _, name := range []string{"authorization.pplint.docx", "authorization.pplint-2.docx"} {
		if code, _, errs := pplint(t, "", "check", "--no-config", "--format", "docx", in); code != exitFindings || !strings.Contains(errs, name) {
			t.Errorf("default name: exit %d %s", code, errs)
		}
		checkReview(t, in, filepath.Join(dir, name))
	}
	if now, _ := os.ReadFile(in); !bytes.Equal(now, orig) {
		t.Error("the input changed")
	}

	// A document that already has comments (a review copy) keeps them; the
	// new ones are numbered after them.
	again := filepath.Join(dir, "again.docx")
	if code, _, errs := pplint(t, "", "check", "--no-config", "--format", "docx", "-o", again, out); code != exitFindings {
		t.Fatalf("review of a review: exit %d %s", code, errs)
	}
	b, _ := os.ReadFile(again)
	_, found, err := docxreview.ReadComments(b)
	if err != nil || len(found) != 6 {
		t.Fatalf("%d comments (%v), want 3 kept and 3 new", len(found), err)
	}
	for i := range 3 {
		old, added := found[i], found[i+3]
		if !strings.HasPrefix(old.Text, "[error] ") || !strings.HasPrefix(added.Text, "【错误】") || added.ID <= found[2].ID ||
			old.Start != added.Start || old.End != added.End {
			t.Errorf("kept %+v, added %+v", old, added)
		}
	}
	os.Remove(again)
	entries, _ := os.ReadDir(dir)
	if len(entries) != 4 {
		t.Errorf("files left: %v", entries)
	}
}

func TestCheckDocxRefusesTheOriginal(t *testing.T) {
	dir := t.TempDir()
	in := copyFile(t, "../../fixtures/formats/authorization.docx", dir)
	orig, _ := os.ReadFile(in)
	link := filepath.Join(dir, "link.docx")
	if err := os.Symlink(in, link); err != nil {
		t.Fatal(err)
	}
	hard := filepath.Join(dir, "hard.docx")
	if err := os.Link(in, hard); err != nil {
		t.Fatal(err)
	}
	md := copyFile(t, "../../fixtures/formats/authorization.md", dir)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-o", in, "--force", in}, "names the input"},
		{[]string{"-o", link, "--force", in}, "names the input"},
		{[]string{"-o", hard, "--force", in}, "names the input"},
		{[]string{"-o", filepath.Join(dir, "r.docx"), in, md}, "one document; got 2 inputs"},
		{[]string{"-o", filepath.Join(dir, "r.pdf"), in}, "*.docx"},
		{[]string{"-o", filepath.Join(dir, "r.docx"), "-"}, ""},
	} {
		code, _, errs := pplint(t, "", append([]string{"check", "--no-config", "--format", "docx"}, c.args...)...)
		if code != exitError || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d %s", c.args, code, errs)
		}
	}
	if now, _ := os.ReadFile(in); !bytes.Equal(now, orig) {
		t.Error("the input changed")
	}
	if _, err := os.Stat(filepath.Join(dir, "r.docx")); err == nil {
		t.Error("r.docx written")
	}
}

func TestCheckDocxBadInput(t *testing.T) {
	dir := t.TempDir()
	ole := writeFile(t, dir, "legacy.docx", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"+strings.Repeat("\x00", 512))
	broken := writeFile(t, dir, "broken.docx", "PK\x03\x04 not really a zip")
	doc := writeFile(t, dir, "old.doc", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"+strings.Repeat("\x00", 512))
	for _, in := range []string{ole, broken, doc} {
		code, _, errs := pplint(t, "", "check", "--no-config", "--format", "docx", "-o", filepath.Join(dir, "out.docx"), in)
		if code != exitError || !strings.Contains(errs, "no review copy written") {
			t.Errorf("%s: exit %d %s", in, code, errs)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("files left: %v", entries)
	}
}

func TestCheckDocxFromOtherFormats(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767323045")
	dir := t.TempDir()
	for _, name := range []string{"authorization.md", "authorization.txt", "authorization.html"} {
		in := copyFile(t, "../../fixtures/formats/"+name, dir)
		out := filepath.Join(dir, name+".docx")
		if code, _, errs := pplint(t, "", "check", "--no-config", "--format", "docx", "-o", out, in); code != exitFindings {
			t.Fatalf("%s: exit %d %s", name, code, errs)
		}
		checkReview(t, in, out, "【错误】")
	}
}

func TestCheckDocxSuppressionsAndBaseline(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767323045")
	dir := t.TempDir()
	in := copyFile(t, "../../fixtures/suppress/authorization.md", dir)
	out := filepath.Join(dir, "r.docx")
	pplint(t, "", "check", "--no-config", "--format", "docx", "-o", out, in)
	found := checkReview(t, in, out) // as many comments as JSON findings, suppressions applied
	base := filepath.Join(dir, "base.sarif")
	pplint(t, "", "check", "--no-config", "--write-baseline", base, in)
	out2 := filepath.Join(dir, "r2.docx")
	code, _, errs := pplint(t, "", "check", "--no-config", "--format", "docx", "--baseline", base, "-o", out2, in)
	b, _ := os.ReadFile(out2)
	_, after, err := docxreview.ReadComments(b)
	if code != exitClean || err != nil || len(after) != 0 || len(found) == 0 {
		t.Errorf("baseline: exit %d, %d comments (%v) %s", code, len(after), err, errs)
	}
}
