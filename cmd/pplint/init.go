package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/pplint/pplint/analyzer"
	"github.com/pplint/pplint/analyzer/config"
)

// initOptions are the flags of `pplint init`.
type initOptions struct {
	file   string
	force  bool
	policy string // scaffold a custom policy directory instead (init_policy.go)
}

func (a *app) initCommand() *cobra.Command {
	o := &initOptions{}
	cmd := &cobra.Command{
		Use:     "init",
		Short:   "Write a commented default configuration file (.pplint.yaml), or scaffold a custom policy directory",
		Example: "  pplint init\n  pplint init --force --file ci/.pplint.yaml\n  pplint init --policy ./house-rules/",
		Args:    cobra.NoArgs,
		RunE:    func(cmd *cobra.Command, _ []string) error { return a.initConfig(cmd, o) },
	}
	f := cmd.Flags()
	f.StringVar(&o.file, "file", config.FileNames[0], "configuration file to write")
	f.BoolVar(&o.force, "force", false, "overwrite an existing file")
	f.StringVar(&o.policy, "policy", "", "instead of the configuration, write an example custom rule, its test and README into this directory")
	return cmd
}

// initConfig writes the default configuration, listing every rule, and
// refuses to replace an existing file unless --force is given.
func (a *app) initConfig(cmd *cobra.Command, o *initOptions) error {
	if o.policy != "" {
		if err := scaffoldPolicy(o.policy, o.force); err != nil {
			return err
		}
		a.logf("wrote an example rule and its test to %s; run: pplint test %s", o.policy, o.policy)
		return nil
	}
	an, err := analyzer.New(cmd.Context(), analyzer.Options{})
	if err != nil {
		return err
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if o.force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(o.file, flags, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists; use --force to overwrite it", o.file)
	}
	if err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	if _, err := f.WriteString(config.Template(an.Rules())); err != nil {
		f.Close()
		return fmt.Errorf("write config: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	a.logf("wrote %s", o.file)
	return nil
}
