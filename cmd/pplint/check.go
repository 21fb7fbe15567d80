package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/pplint/pplint/analyzer"
	"github.com/pplint/pplint/analyzer/inputs"
	"github.com/pplint/pplint/analyzer/output"
	"github.com/pplint/pplint/analyzer/report"
	"github.com/pplint/pplint/segment"
)

// checkOptions are the flags of `pplint check`.
type checkOptions struct {
	format        string
	failLevel     string
	lang          string
	output        string
	encoding      string
	inputFormat   string
	stdinFilename string
	include       []string
	exclude       []string
	maxFileSize   int64
	workers       int
	policies      []string
	policyTimeout time.Duration
	projectOptions
	docxOptions
}

func (a *app) checkCommand() *cobra.Command {
	o := &checkOptions{}
	cmd := &cobra.Command{
		Use:   "check [path|dir|glob|-]...",
		Short: "Lint documents and report findings",
		Example: "  pplint check fixtures/\n  pplint check --policy ./house-rules/ docs/\n  pplint check --format sarif -o pplint.sarif docs/privacy.md\n" +
			"  cat policy.txt | pplint check --stdin-filename policy.txt -",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return a.check(cmd, o, args) },
	}
	f := cmd.Flags()
	f.StringVarP(&o.format, "format", "f", "text", "output format: "+strings.Join(output.Names(), ", "))
	f.StringVar(&o.failLevel, "fail-level", "warning", "exit 1 when a finding is at or above this level: note, warning, error, none (never)")
	f.StringVar(&o.lang, "lang", "zh", "message language: zh or en")
	f.StringVarP(&o.output, "output", "o", "", "write the report to this file instead of stdout")
	f.StringVar(&o.encoding, "encoding", "", "input encoding (utf-8, utf-16le, utf-16be, gb18030, gbk); detected when empty")
	f.StringVar(&o.inputFormat, "input-format", "", "input format (markdown, text, html, docx); from the file extension when empty")
	f.StringVar(&o.stdinFilename, "stdin-filename", "", "name (and so format) of the document read from stdin")
	f.StringSliceVar(&o.include, "include", nil, "only lint files matching these globs")
	f.StringSliceVar(&o.exclude, "exclude", nil, "skip files matching these globs")
	f.Int64Var(&o.maxFileSize, "max-file-size", 10<<20, "largest input file in bytes")
	f.IntVar(&o.workers, "workers", 0, "files linted in parallel (0: number of CPUs)")
	f.StringArrayVar(&o.policies, "policy", nil, "directory or .rego file of custom policies (repeatable; default: policies of .pplint.yaml)")
	f.DurationVar(&o.policyTimeout, "policy-timeout", analyzer.DefaultPolicyTimeout, "time limit for evaluating the policies on one document")
	o.register(f)
	o.registerDocx(f)
	return cmd
}

func (a *app) check(cmd *cobra.Command, o *checkOptions, args []string) error {
	if err := a.loadConfig(cmd, o); err != nil {
		return err
	}
	fail, ok := report.ParseLevel(o.failLevel)
	if !ok {
		return fmt.Errorf("--fail-level %q: want note, warning, error or none", o.failLevel)
	}
	if o.lang != "zh" && o.lang != "en" {
		return fmt.Errorf("--lang %q: want zh or en", o.lang)
	}
	if err := segment.CheckEncoding(o.encoding); err != nil {
		return fmt.Errorf("--encoding: %w", err)
	}
	if err := segment.CheckFormat(segment.Format(o.inputFormat)); err != nil {
		return fmt.Errorf("--input-format: %w", err)
	}
	gc := startupGC()
	defer gc.done()
	wd, _ := os.Getwd()
	outOpts := output.Options{Lang: o.lang, WorkDir: wd, ToolVersion: version, Date: reportDate(),
		Settings: runSettings(cmd, o, args)}
	w, err := output.New(o.format, outOpts)
	if err != nil {
		return err
	}
	an, err := analyzer.New(cmd.Context(), analyzer.Options{
		Workers:       o.workers,
		Load:          segment.LoadOptions{Format: segment.Format(o.inputFormat), Encoding: o.encoding},
		PolicyDirs:    o.policies,
		PolicyTimeout: o.policyTimeout,
		WorkDir:       wd,
		KeepDocuments: strings.EqualFold(o.format, "html"),
	})
	if err != nil {
		return err
	}
	if err := configureRules(an, o.cfg); err != nil {
		return err
	}
	ins, errs := inputs.Collect(args, inputs.Options{Include: o.include, Exclude: o.exclude,
		MaxFileSize: o.maxFileSize, Stdin: a.stdin, StdinFilename: o.stdinFilename})
	review, err := a.prepareReview(w, o, ins, errs, wd)
	if err != nil {
		return err
	}
	files := make([]analyzer.File, len(ins))
	for i, in := range ins {
		files[i] = analyzer.File{Path: in.Path, Read: gc.read(i, in.Read)}
	}
	rep := an.Run(cmd.Context(), files)
	rep.Version, rep.Lang = version, o.lang
	rep.Errors = append(rep.Errors, errs...)
	rep.Sort()
	if err := a.applyBaseline(rep, o, outOpts); err != nil {
		return err
	}
	for _, e := range rep.Errors {
		a.logf("%s: %s", e.Path, e.Message)
	}
	if err := a.writeOutput(w, rep, o.output, review); err != nil {
		return err
	}
	switch {
	case len(rep.Errors) > 0:
		a.code = exitError
	case fail != report.LevelNone && rep.CountAtLeast(fail) > 0:
		a.code = exitFindings
	}
	return nil
}

// reportDate is the date a report shows: $SOURCE_DATE_EPOCH when set (for
// reproducible reports), else now.
func reportDate() time.Time {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(n, 0).UTC()
		}
	}
	return time.Now()
}

// runSettings lists the options a report records: the settings in effect
// that decide what it shows, the flags given and the inputs.
func runSettings(cmd *cobra.Command, o *checkOptions, args []string) []output.Setting {
	set := []output.Setting{{Name: "lang", Value: o.lang}, {Name: "fail-level", Value: o.failLevel}}
	if o.cfg != nil {
		wd, _ := os.Getwd()
		set = append(set, output.Setting{Name: "config", Value: report.RelPath(wd, o.cfg.Path)})
	}
	skip := map[string]bool{"lang": true, "fail-level": true, "format": true, "output": true}
	cmd.Flags().Visit(func(f *pflag.Flag) {
		if !skip[f.Name] {
			set = append(set, output.Setting{Name: f.Name, Value: f.Value.String()})
		}
	})
	return append(set, output.Setting{Name: "inputs", Value: strings.Join(args, " ")})
}

// writeReport writes the report to stdout or to the named file.
func (a *app) writeReport(w output.Writer, rep *report.Report, path string) error {
	var dst io.Writer = a.stdout
	if path != "" {
		f, err := os.Create(path)
		if err != nil {
			return fmt.Errorf("write report: %w", err)
		}
		defer f.Close()
		dst = f
	}
	if err := w.Write(dst, rep); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}
