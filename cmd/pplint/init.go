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
	file  string
	force bool
}

func (a *app) initCommand() *cobra.Command {
	o := &initOptions{}
	cmd := &cobra.Command{
		Use:     "init",
		Short:   "Write a commented default configuration file (.pplint.yaml)",
		Example: "  pplint init\n  pplint init --force --file ci/.pplint.yaml",
		Args:    cobra.NoArgs,
		RunE:    func(cmd *cobra.Command, _ []string) error { return a.initConfig(cmd, o) },
	}
	f := cmd.Flags()
	f.StringVar(&o.file, "file", config.FileNames[0], "configuration file to write")
	f.BoolVar(&o.force, "force", false, "overwrite an existing file")
	return cmd
}

// initConfig writes the default configuration, listing every rule, and
// refuses to replace an existing file unless --force is given.
func (a *app) initConfig(cmd *cobra.Command, o *initOptions) error {
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
