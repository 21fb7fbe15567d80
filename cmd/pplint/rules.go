package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

func (a *app) rulesCommand() *cobra.Command {
	var format, lang string
	var dirs []string
	cmd := &cobra.Command{
		Use:     "rules",
		Short:   "List the built-in and custom rules with their severity, source, title and legal basis",
		Example: "  pplint rules\n  pplint rules --policy ./house-rules/ --format json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			an, err := catalogAnalyzer(cmd, dirs)
			if err != nil {
				return err
			}
			rules := an.Rules()
			if format == "json" {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(rules)
			}
			if format != "text" {
				return fmt.Errorf("--format %q: want text or json", format)
			}
			rows := [][]string{{"ID", "SEVERITY", "SOURCE", "TITLE", "LEGAL BASIS"}}
			for _, r := range rules {
				var bases []string
				for _, b := range r.LegalBasis {
					bases = append(bases, b.String())
				}
				rows = append(rows, []string{r.ID, string(r.Severity), r.Source, r.Title.In(lang), strings.Join(bases, "；")})
			}
			return writeTable(a.stdout, rows)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "text or json")
	cmd.Flags().StringVar(&lang, "lang", "zh", "zh or en")
	cmd.Flags().StringArrayVar(&dirs, "policy", nil, "directory or .rego file of custom policies (repeatable; default: policies of .pplint.yaml)")
	return cmd
}
