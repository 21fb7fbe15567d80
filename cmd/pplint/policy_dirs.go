package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/pplint/pplint/analyzer"
	"github.com/pplint/pplint/analyzer/config"
)

// catalogAnalyzer builds the analyzer that `rules` and `explain` read the
// rule catalog from: built-in rules plus the custom policies of --policy or
// the configuration.
func catalogAnalyzer(cmd *cobra.Command, flagDirs []string) (*analyzer.Analyzer, error) {
	dirs, err := customPolicyDirs(cmd, flagDirs)
	if err != nil {
		return nil, err
	}
	return analyzer.New(cmd.Context(), analyzer.Options{PolicyDirs: dirs})
}

// customPolicyDirs returns the custom policy directories for commands
// without a --config flag (rules, explain): the --policy flags when given,
// else the policies of the .pplint.yaml found from the working directory.
func customPolicyDirs(cmd *cobra.Command, flagDirs []string) ([]string, error) {
	if cmd.Flags().Changed("policy") {
		return flagDirs, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	cfg, err := config.Discover("", wd)
	if err != nil || cfg == nil {
		return nil, err
	}
	return relativeDirs(cfg.Policies), nil
}

// relativeDirs shortens configured (absolute) policy paths to paths
// relative to the working directory when they lie below it, so that rule
// sources and SARIF read like the --policy flag would.
func relativeDirs(dirs []string) []string {
	wd, err := os.Getwd()
	out := make([]string, len(dirs))
	for i, d := range dirs {
		out[i] = d
		if err != nil || !filepath.IsAbs(d) {
			continue
		}
		if rel, rerr := filepath.Rel(wd, d); rerr == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			out[i] = rel
		}
	}
	return out
}
