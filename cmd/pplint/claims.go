package main

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/pplint/pplint/analyzer"
	"github.com/pplint/pplint/analyzer/claimsview"
	"github.com/pplint/pplint/analyzer/inputs"
	"github.com/pplint/pplint/policies"
	"github.com/pplint/pplint/segment"
)

// claimsOptions are the flags of `pplint claims`: the input flags of check
// (whose configuration handling it shares) and what to show.
type claimsOptions struct {
	checkOptions
	types     []string
	sentences bool
}

const claimsLong = `Print what the analyzer sees of each document: the policy input the Rego
rules evaluate. The text view (default) shows the document type and the
evidence it was read from, then each sentence with claims under its section
heading — its span, block kind and block number, the lead-in it completes
(a sentence ending in "：" that it is an item of) — and each claim with its
type, negated and conditional flags, kind, direction, object, categories and
attributes, every attribute with its cue and line:col span. #N is
input.sentences[N]; claims[N] is input.claims[N].

By default only sentences holding claims are shown, each under its section
heading (§); --sentences lists every sentence, headings included.
--type keeps only claims of the given types (repeatable or comma-separated);
the text view then shows only sentences holding such claims (claim numbers
stay those of the full input).

--format json prints the exact JSON input of the policies, indented, one
object per document (a JSON stream when several documents are given). With
--type its claims and claims_by_type hold only those types.

A file that cannot be read or parsed is reported on stderr and exits 2; the
other files are still printed.`

func (a *app) claimsCommand() *cobra.Command {
	o := &claimsOptions{}
	cmd := &cobra.Command{
		Use:   "claims [path|dir|glob|-]...",
		Short: "Print the document type, sentences and claims the policies see (to debug a rule)",
		Long:  claimsLong,
		Example: "  pplint claims docs/privacy.md\n  pplint claims --type grant --type consent docs/letter.txt\n" +
			"  pplint claims --format json docs/privacy.md > input.json\n  cat letter.txt | pplint claims --sentences -",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return a.claims(cmd, o, args) },
	}
	f := cmd.Flags()
	f.StringVarP(&o.format, "format", "f", "text", "text or json")
	f.StringSliceVarP(&o.types, "type", "t", nil, "only claims of these types (repeatable): "+strings.Join(claimTypes(), ", "))
	f.BoolVar(&o.sentences, "sentences", false, "text: list every sentence, not only those with claims")
	f.StringVar(&o.encoding, "encoding", "", "input encoding (utf-8, utf-16le, utf-16be, gb18030, gbk); detected when empty")
	f.StringVar(&o.inputFormat, "input-format", "", "input format (markdown, text, html, docx); from the file extension when empty")
	f.StringVar(&o.stdinFilename, "stdin-filename", "", "name (and so format) of the document read from stdin")
	f.StringSliceVar(&o.include, "include", nil, "only read files matching these globs")
	f.StringSliceVar(&o.exclude, "exclude", nil, "skip files matching these globs")
	f.Int64Var(&o.maxFileSize, "max-file-size", 10<<20, "largest input file in bytes")
	f.StringVar(&o.configPath, "config", "", "configuration file for include and exclude (default: the first .pplint.yaml in the working directory or above)")
	f.BoolVar(&o.noConfig, "no-config", false, "ignore .pplint.yaml files")
	return cmd
}

func (a *app) claims(cmd *cobra.Command, o *claimsOptions, args []string) error {
	if o.format != "text" && o.format != "json" {
		return fmt.Errorf("--format %q: want text or json", o.format)
	}
	known := claimTypes()
	for _, t := range o.types {
		if !slices.Contains(known, t) {
			return fmt.Errorf("--type %q: want one of %s", t, strings.Join(known, ", "))
		}
	}
	if err := a.loadConfig(cmd, &o.checkOptions); err != nil {
		return err
	}
	if err := segment.CheckEncoding(o.encoding); err != nil {
		return fmt.Errorf("--encoding: %w", err)
	}
	if err := segment.CheckFormat(segment.Format(o.inputFormat)); err != nil {
		return fmt.Errorf("--input-format: %w", err)
	}
	wd, _ := os.Getwd()
	opts := analyzer.Options{Load: segment.LoadOptions{Format: segment.Format(o.inputFormat), Encoding: o.encoding}, WorkDir: wd}
	ins, errs := inputs.Collect(args, inputs.Options{Include: o.include, Exclude: o.exclude,
		MaxFileSize: o.maxFileSize, Stdin: a.stdin, StdinFilename: o.stdinFilename})
	for _, e := range errs {
		a.logf("%s: %s", e.Path, e.Message)
		a.code = exitError
	}
	view := claimsview.Options{Types: o.types, Sentences: o.sentences}
	printed := 0
	for _, f := range ins {
		in, err := analyzer.FileInput(analyzer.File{Path: f.Path, Read: f.Read}, opts)
		if err != nil {
			a.logf("%s: %s", f.Path, strings.Join(strings.Fields(err.Error()), " "))
			a.code = exitError
			continue
		}
		if o.format == "json" {
			err = claimsview.WriteJSON(a.stdout, claimsview.Filter(in, o.types))
		} else {
			if printed > 0 {
				fmt.Fprintln(a.stdout)
			}
			err = claimsview.WriteText(a.stdout, in, view)
		}
		if err != nil {
			return err
		}
		printed++
	}
	return nil
}

// claimTypes lists the claim types of the policy input schema.
func claimTypes() []string {
	var s struct {
		Properties struct {
			Claims struct {
				Items struct {
					Properties struct {
						Type struct {
							Enum []string `json:"enum"`
						} `json:"type"`
					} `json:"properties"`
				} `json:"items"`
			} `json:"claims"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(policies.InputSchema(), &s); err != nil {
		panic("pplint: embedded input schema: " + err.Error())
	}
	types := s.Properties.Claims.Items.Properties.Type.Enum
	slices.Sort(types)
	return types
}
