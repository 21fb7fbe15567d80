package main

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

func TestResolveBuild(t *testing.T) {
	info := func(v string, settings ...debug.BuildSetting) func() (*debug.BuildInfo, bool) {
		return func() (*debug.BuildInfo, bool) {
			return &debug.BuildInfo{GoVersion: "go1.99", Main: debug.Module{Path: "github.com/pplint/pplint", Version: v},
				Settings: settings}, true
		}
	}
	vcs := []debug.BuildSetting{{Key: "vcs.revision", Value: "0123abc"}, {Key: "vcs.time", Value: "2026-01-02T03:04:05Z"},
		{Key: "vcs.modified", Value: "true"}}
	none := func() (*debug.BuildInfo, bool) { return nil, false }
	for _, tc := range []struct {
		name    string
		v, c, d string
		read    func() (*debug.BuildInfo, bool)
		want    buildInfo
	}{
		{"ldflags win", "v1.2.3", "feed", "2026-12-01T00:00:00Z", info("v0.9.0", vcs...),
			buildInfo{"v1.2.3", "feed", "2026-12-01T00:00:00Z", "go1.99", ""}},
		{"go install @version", "", "", "", info("v1.2.3"), buildInfo{"v1.2.3", "unknown", "unknown", "go1.99", ""}},
		{"checkout with vcs stamping", "", "", "", info("v0.0.0-20260102030405-0123abc+dirty", vcs...),
			buildInfo{"v0.0.0-20260102030405-0123abc+dirty", "0123abc-dirty", "2026-01-02T03:04:05Z", "go1.99", ""}},
		{"devel", "", "", "", info("(devel)"), buildInfo{devVersion, "unknown", "unknown", "go1.99", ""}},
		{"no build info", "", "", "", none, buildInfo{Version: devVersion, Commit: "unknown", Date: "unknown"}},
	} {
		got := resolveBuild(tc.v, tc.c, tc.d, tc.read)
		got.Platform = ""
		if tc.want.Go == "" {
			got.Go = ""
		}
		if got != tc.want {
			t.Errorf("%s: got %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

func TestVersionCommand(t *testing.T) {
	code, out, _ := pplint(t, "", "version")
	if code != exitClean || !strings.HasPrefix(out, "pplint "+version+"\n") || !strings.Contains(out, "commit:") {
		t.Errorf("pplint version: exit %d\n%s", code, out)
	}
	_, flag, _ := pplint(t, "", "--version")
	if flag != out {
		t.Errorf("--version printed\n%s\nwant what `version` prints:\n%s", flag, out)
	}
	_, js, _ := pplint(t, "", "version", "--format", "json")
	var b buildInfo
	if err := json.Unmarshal([]byte(js), &b); err != nil || b != build {
		t.Errorf("version --format json: %v\n%s", err, js)
	}
	if code, _, errs := pplint(t, "", "version", "--format", "yaml"); code != exitError || !strings.Contains(errs, "want text or json") {
		t.Errorf("version --format yaml: exit %d, %s", code, errs)
	}
}

// TestVersionLdflags builds pplint as the release does, with the version,
// commit and date set through -ldflags -X, and checks that `version`,
// `--version`, the JSON report and the SARIF driver all carry that value.
// The binary runs from a directory outside the source tree on a copied
// fixture, as an installed binary would.
func TestVersionLdflags(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	const v, c, d = "v9.8.7-test.1", "c0ffee0", "2026-12-04T01:02:03Z"
	dir := t.TempDir()
	bin := filepath.Join(dir, "pplint")
	ldflags := "-X main.version=" + v + " -X main.commit=" + c + " -X main.date=" + d
	// Only the link differs from the test's own build, so the compiled
	// packages come from the build cache.
	build := exec.Command("go", "build", "-ldflags", ldflags, "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	work := t.TempDir()
	doc, err := os.ReadFile("../../fixtures/docs/authorization-letter.txt")
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, work, "letter.txt", string(doc))
	exe := func(want int, args ...string) string {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Dir = work
		out, err := cmd.Output()
		code := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if code != want {
			t.Fatalf("pplint %v: exit %d, want %d\n%s", args, code, want, out)
		}
		return string(out)
	}
	text := exe(0, "version")
	for _, want := range []string{"pplint " + v + "\n", "commit:   " + c + "\n", "built:    " + d + "\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("pplint version lacks %q:\n%s", want, text)
		}
	}
	if flag := exe(0, "--version"); flag != text {
		t.Errorf("--version:\n%s\nwant:\n%s", flag, text)
	}
	var b buildInfo
	if err := json.Unmarshal([]byte(exe(0, "version", "--format", "json")), &b); err != nil ||
		b.Version != v || b.Commit != c || b.Date != d {
		t.Errorf("version --format json: %+v, %v", b, err)
	}
	var rep struct{ Version string }
	if err := json.Unmarshal([]byte(exe(1, "check", "--no-config", "--format", "json", "letter.txt")), &rep); err != nil || rep.Version != v {
		t.Errorf("JSON report version %q (%v), want %q", rep.Version, err, v)
	}
	log, err := sarif.FromString(exe(1, "check", "--no-config", "--format", "sarif", "letter.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// SARIF wants a version that starts with a digit (SARIF2005): no "v".
	drv := log.Runs[0].Tool.Driver
	want := strings.TrimPrefix(v, "v")
	if drv.Version == nil || *drv.Version != want || drv.SemanticVersion == nil || *drv.SemanticVersion != want {
		t.Errorf("SARIF driver version %v / semanticVersion %v, want %s", drv.Version, drv.SemanticVersion, want)
	}
}
