package main

import (
	"encoding/json"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// Build stamps. The release build sets them with
//
//	-ldflags "-X main.version=v1.2.3 -X main.commit=<sha> -X main.date=<RFC 3339>"
//
// Left empty, they are read from the binary's build information (see
// resolveBuild), so that `go install …/cmd/pplint@v1.2.3` reports v1.2.3.
// After init, version holds the resolved value that every report carries
// (JSON "version", SARIF tool.driver.version and semanticVersion).
var (
	version string
	commit  string
	date    string
)

// devVersion is reported when neither the linker nor the build information
// names a version (a plain `go build` in a checkout without VCS stamping).
// It is valid SemVer, as SARIF's semanticVersion wants.
const devVersion = "v0.0.0-dev"

// buildInfo is what `pplint version` prints.
type buildInfo struct {
	Version  string `json:"version"`
	Commit   string `json:"commit"`
	Date     string `json:"date"`
	Go       string `json:"go"`
	Platform string `json:"platform"`
}

var build = resolveBuild(version, commit, date, debug.ReadBuildInfo)

func init() { version = build.Version }

// resolveBuild fills what the linker did not set from the build
// information: the main module's version (set by `go install pkg@version`
// or VCS stamping) and the vcs.revision, vcs.modified and vcs.time settings.
func resolveBuild(v, c, d string, read func() (*debug.BuildInfo, bool)) buildInfo {
	b := buildInfo{Version: v, Commit: c, Date: d, Go: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH}
	if bi, ok := read(); ok {
		if b.Version == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			b.Version = bi.Main.Version
		}
		var modified bool
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				if b.Commit == "" {
					b.Commit = s.Value
				}
			case "vcs.time":
				if b.Date == "" {
					b.Date = s.Value
				}
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
		if modified && c == "" && b.Commit != "" {
			b.Commit += "-dirty"
		}
		if bi.GoVersion != "" {
			b.Go = bi.GoVersion
		}
	}
	if b.Version == "" {
		b.Version = devVersion
	}
	if b.Commit == "" {
		b.Commit = "unknown"
	}
	if b.Date == "" {
		b.Date = "unknown"
	}
	return b
}

// text is the human-readable form, shared by `pplint version` and
// `pplint --version`.
func (b buildInfo) text() string {
	return fmt.Sprintf("pplint %s\ncommit:   %s\nbuilt:    %s\ngo:       %s\nplatform: %s\n",
		b.Version, b.Commit, b.Date, b.Go, b.Platform)
}

func (a *app) versionCommand() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:     "version",
		Short:   "Print the pplint version, commit and build date",
		Example: "  pplint version\n  pplint --version\n  pplint version --format json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch format {
			case "json":
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(build)
			case "text":
				_, err := fmt.Fprint(a.stdout, build.text())
				return err
			}
			return fmt.Errorf("--format %q: want text or json", format)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "text or json")
	return cmd
}

// setVersionFlag gives the root command `--version`, printing what
// `pplint version` prints.
func setVersionFlag(root *cobra.Command) {
	root.Version = build.Version
	root.SetVersionTemplate(strings.ReplaceAll(build.text(), "{{", "{{`{{`}}"))
}
