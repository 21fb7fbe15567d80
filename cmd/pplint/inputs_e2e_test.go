package main

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

const (
	clause   = "本人不可撤销地授权贵公司永久保存本人的人脸信息，并可转授权给第三方。"
	goodText = "本人授权贵公司在提供刷脸登录服务期间使用本人的人脸信息，本人可以随时撤回本授权。"
)

// locatedFindings returns "file line:col rule" for every finding of a JSON report.
func locatedFindings(t *testing.T, out string) []string {
	t.Helper()
	var rep struct {
		Findings []struct {
			RuleID   string `json:"rule_id"`
			Location struct {
				Path      string `json:"path"`
				StartLine int    `json:"start_line"`
				StartCol  int    `json:"start_col"`
			} `json:"location"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("stdout is not a JSON report: %v\n%s", err, out)
	}
	var got []string
	for _, f := range rep.Findings {
		l := f.Location
		got = append(got, fmt.Sprintf("%s %d:%d %s", filepath.Base(l.Path), l.StartLine, l.StartCol, f.RuleID))
	}
	sort.Strings(got)
	return got
}

// triadAt is the three findings of the clause starting at line:col.
func triadAt(file string, line, col int) []string {
	return []string{ // sorted as locatedFindings sorts
		fmt.Sprintf("%s %d:%d grant-unlimited-term", file, line, col+12),
		fmt.Sprintf("%s %d:%d grant-sublicensable", file, line, col+26),
		fmt.Sprintf("%s %d:%d grant-irrevocable", file, line, col+2),
	}
}

// TestInputsEndToEnd lints a directory of good, bad and broken files of
// every kind: each broken file gets one line on stderr naming it and the
// problem, the run exits 2, and every readable file is still linted with
// its findings at the right place.
func TestInputsEndToEnd(t *testing.T) {
	dir := t.TempDir()
	docx, err := os.ReadFile("../../fixtures/formats/authorization.docx")
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := os.ReadFile("../../fixtures/formats/authorization-utf16le.txt")
	if err != nil {
		t.Fatal(err)
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().String("授权书\n\n" + clause + "\n")
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("本人同意贵公司处理必要的信息", 50000)
	files := map[string]string{
		"good.md":        "# 授权书\n\n" + goodText + "\n",
		"good.html":      "<html><body><p>" + goodText + "</p></body></html>",
		"good.docx":      string(replaceInZip(t, docx, clause, goodText)),
		"bad.md":         "# 授权书\n\n" + clause + "\n",
		"bad.txt":        "授权书\r\n\r\n" + clause + "\r\n",
		"bad.html":       "<html><body><nav>首页 永久</nav>\n<p>甲方&amp;乙方：" + clause + "</p></body></html>",
		"bad.docx":       string(docx),
		"bad-gbk.txt":    gbk,
		"bad-utf16.txt":  string(utf16),
		"deep.html":      strings.Repeat("<div>", 10000) + "\n<p>" + clause + "</p>" + strings.Repeat("</div>", 10000),
		"long.txt":       long + clause,
		"binary.txt":     "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
		"empty.md":       "",
		"latin1.txt":     "caf\xe9\nna\xefve",
		"truncated.docx": string(docx[:len(docx)/2]),
		"bomb.docx":      string(docxBomb(t)),
	}
	for name, text := range files {
		writeFile(t, dir, name, text)
	}
	big := writeFile(t, dir, "big.txt", clause)
	if err := os.Truncate(big, 50<<20); err != nil {
		t.Fatal(err)
	}
	wantErrs := []string{
		"big.txt: file is 52428800 bytes, larger than --max-file-size (10485760 bytes)",
		"binary.txt: binary file (contains NUL bytes), not text",
		"bomb.docx: word/document.xml decompresses to more than 50 MB (limit; possible zip bomb)",
		"empty.md: file is empty",
		"latin1.txt: not valid UTF-8 or GB18030 text (invalid UTF-8 at line 1, column 4)",
		"missing.md: no such file or directory",
		"truncated.docx: not a valid .docx file (corrupt or truncated zip archive): zip: not a valid zip file",
	}
	if os.Geteuid() != 0 {
		locked := writeFile(t, dir, "locked.md", clause)
		if err := os.Chmod(locked, 0o000); err != nil {
			t.Fatal(err)
		}
		wantErrs = append(wantErrs, "locked.md: cannot read file: permission denied")
		sort.Strings(wantErrs)
	}

	code, out, errs := pplint(t, "", "check", "--format", "json", dir, filepath.Join(dir, "missing.md"))
	if code != exitError {
		t.Errorf("exit %d, want %d", code, exitError)
	}
	var gotErrs []string
	for _, line := range strings.Split(strings.TrimSpace(errs), "\n") {
		gotErrs = append(gotErrs, strings.TrimPrefix(line, "pplint: "+dir+string(filepath.Separator)))
	}
	if strings.Join(gotErrs, "\n") != strings.Join(wantErrs, "\n") {
		t.Errorf("stderr:\n%s\nwant:\n%s", strings.Join(gotErrs, "\n"), strings.Join(wantErrs, "\n"))
	}
	var want []string
	for _, f := range []struct {
		name      string
		line, col int
	}{
		{"bad-gbk.txt", 3, 1}, {"bad-utf16.txt", 7, 1}, {"bad.docx", 5, 1}, {"bad.html", 2, 14},
		{"bad.md", 3, 1}, {"bad.txt", 3, 1}, {"deep.html", 2, 4}, {"long.txt", 1, len([]rune(long)) + 1},
	} {
		want = append(want, triadAt(f.name, f.line, f.col)...)
	}
	sort.Strings(want)
	if got := locatedFindings(t, out); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestInputOptions covers .docx on stdin and the --encoding and
// --input-format flags.
func TestInputOptions(t *testing.T) {
	docx, err := os.ReadFile("../../fixtures/formats/authorization.docx")
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := pplint(t, string(docx), "check", "--format", "json", "--stdin-filename", "letter.docx", "-")
	if got := locatedFindings(t, out); code != exitFindings || strings.Join(got, "\n") != strings.Join(triadAt("letter.docx", 5, 1), "\n") {
		t.Errorf(".docx on stdin: exit %d, %v, %s", code, got, errs)
	}
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String(clause)
	code, out, _ = pplint(t, gbk, "check", "--format", "json", "--encoding", "gbk", "-")
	if got := locatedFindings(t, out); code != exitFindings || len(got) != 3 {
		t.Errorf("--encoding gbk: exit %d, %v", code, got)
	}
	for _, c := range []struct{ args, want string }{
		{"--encoding latin1", "pplint: --encoding: unknown encoding \"latin1\": want utf-8, utf-16le, utf-16be, gb18030 or gbk\n"},
		{"--input-format pdf", "pplint: --input-format: unknown input format \"pdf\": want markdown, text, html or docx\n"},
		{"--encoding utf-8", "pplint: <stdin>: not valid UTF-8 text\n"},
	} {
		code, _, errs := pplint(t, gbk, append(append([]string{"check"}, strings.Fields(c.args)...), "-")...)
		if code != exitError || errs != c.want {
			t.Errorf("%s: exit %d, stderr %q, want %q", c.args, code, errs, c.want)
		}
	}
}

// replaceInZip returns a copy of a .docx with old replaced by new in
// word/document.xml.
func replaceInZip(t *testing.T, docx []byte, old, new string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		_, err = b.ReadFrom(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(bytes.ReplaceAll(b.Bytes(), []byte(old), []byte(new)))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// docxBomb builds a ~1 MB .docx whose word/document.xml inflates to 1 GB:
// after the first megabyte every megabyte of "a" compresses to the same
// bytes, so the deflate stream is one chunk repeated 1023 times.
func docxBomb(t *testing.T) []byte {
	t.Helper()
	const mb = 1 << 20
	var buf bytes.Buffer
	fw, _ := flate.NewWriter(&buf, flate.BestCompression)
	chunk := bytes.Repeat([]byte("a"), mb)
	head := "<w:document><w:body><w:p><w:r><w:t>"
	fw.Write([]byte(head))
	fw.Write(chunk[len(head):])
	fw.Flush()
	first := bytes.Clone(buf.Bytes())
	buf.Reset()
	fw.Write(chunk)
	fw.Flush()
	repeat := bytes.Clone(buf.Bytes())
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate,
		CompressedSize64: uint64(len(first) + 1023*len(repeat)), UncompressedSize64: 1 << 30})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(first)
	for range 1023 {
		w.Write(repeat)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}
