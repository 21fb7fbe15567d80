package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestThirdPartyNoticesCoverLinkedModules checks that THIRD_PARTY_NOTICES.md
// names, at the version in go.mod, every module linked into pplint on each
// release OS; regenerate it with .ci/third-party-notices when this fails.
func TestThirdPartyNoticesCoverLinkedModules(t *testing.T) {
	notices, err := os.ReadFile("../../THIRD_PARTY_NOTICES.md")
	if err != nil {
		t.Fatal(err)
	}
	if lic, err := os.ReadFile("../../LICENSE"); err != nil || !strings.Contains(string(lic[:200]), "Apache License") {
		t.Errorf("LICENSE is not the Apache License: %v", err)
	}
	for _, goos := range []string{"linux", "darwin", "windows"} {
		cmd := exec.Command("go", "list", "-deps", "-f", "{{with .Module}}{{if not .Main}}{{.Path}} {{.Version}}{{end}}{{end}}", ".")
		cmd.Env = append(os.Environ(), "GOOS="+goos)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("GOOS=%s go list: %v", goos, err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			path, ver, _ := strings.Cut(line, " ")
			if line != "" && !strings.Contains(string(notices), "| "+path+" | "+ver+" |") {
				t.Errorf("THIRD_PARTY_NOTICES.md lacks %s %s (GOOS=%s); run .ci/third-party-notices > THIRD_PARTY_NOTICES.md", path, ver, goos)
			}
		}
	}
}
