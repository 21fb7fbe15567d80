package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/pplint/pplint/analyzer"
	"github.com/pplint/pplint/analyzer/baseline"
	"github.com/pplint/pplint/analyzer/config"
	"github.com/pplint/pplint/analyzer/output"
	"github.com/pplint/pplint/analyzer/report"
)

// projectOptions are the check flags for the configuration file and
// baselines.
type projectOptions struct {
	configPath    string
	noConfig      bool
	baseline      string
	writeBaseline string
	cfg           *config.Config // the configuration in effect, if any
}

func (p *projectOptions) register(f *pflag.FlagSet) {
	f.StringVar(&p.configPath, "config", "", "configuration file (default: the first .pplint.yaml in the working directory or above)")
	f.BoolVar(&p.noConfig, "no-config", false, "ignore .pplint.yaml files")
	f.StringVar(&p.baseline, "baseline", "", "SARIF file of an earlier run: report only findings not in it")
	f.StringVar(&p.writeBaseline, "write-baseline", "", "write the findings of this run to this SARIF file, for --baseline")
}

// loadConfig reads the configuration and fills in every check option whose
// flag was not given on the command line.
func (a *app) loadConfig(cmd *cobra.Command, o *checkOptions) error {
	if o.noConfig {
		if o.configPath != "" {
			return fmt.Errorf("--config and --no-config exclude each other")
		}
		return nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return fmt.Errorf("find config: %w", err)
	}
	cfg, err := config.Discover(o.configPath, wd)
	if err != nil || cfg == nil {
		return err
	}
	o.cfg = cfg
	f := cmd.Flags()
	if !f.Changed("lang") && cfg.Lang != "" {
		o.lang = cfg.Lang
	}
	if !f.Changed("fail-level") && cfg.FailLevel != "" {
		o.failLevel = string(cfg.FailLevel)
	}
	if !f.Changed("include") && len(cfg.Include) > 0 {
		o.include = cfg.Include
	}
	if !f.Changed("exclude") && len(cfg.Exclude) > 0 {
		o.exclude = cfg.Exclude
	}
	if !f.Changed("policy") && len(cfg.Policies) > 0 {
		o.policies = relativeDirs(cfg.Policies)
	}
	return nil
}

// configureRules checks the configured rule ids against the analyzer's
// catalog and applies the configured severities.
func configureRules(an *analyzer.Analyzer, cfg *config.Config) error {
	if cfg == nil {
		return nil
	}
	if err := cfg.CheckRules(an.Known); err != nil {
		return err
	}
	return an.SetOverrides(cfg.Overrides())
}

// applyBaseline writes the run's findings as a baseline when asked, then
// removes the findings of --baseline from the report.
func (a *app) applyBaseline(rep *report.Report, o *checkOptions, opts output.Options) error {
	if o.writeBaseline != "" {
		w, err := output.New("sarif", opts)
		if err != nil {
			return err
		}
		if err := a.writeReport(w, rep, o.writeBaseline); err != nil {
			return fmt.Errorf("write baseline: %w", err)
		}
		a.logf("wrote %d finding(s) to baseline %s", len(rep.Findings), o.writeBaseline)
	}
	if o.baseline == "" {
		return nil
	}
	set, err := baseline.Load(o.baseline)
	if err != nil {
		return err
	}
	if n := set.Filter(rep); n > 0 {
		a.logf("baseline %s hides %d known finding(s)", o.baseline, n)
	}
	return nil
}
