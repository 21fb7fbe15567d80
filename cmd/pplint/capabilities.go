package main

import (
	"encoding/json"

	"github.com/spf13/cobra"

	"github.com/pplint/pplint/analyzer/builtins"
)

// capabilitiesCommand prints the OPA capabilities of the policy sandbox, so
// that `opa check --capabilities` and Regal accept the pplint.* built-ins
// and reject what pplint would reject.
func (a *app) capabilitiesCommand() *cobra.Command {
	return &cobra.Command{
		Use:     "capabilities",
		Short:   "Print the OPA capabilities (allowed built-ins) of the policy sandbox as JSON",
		Example: "  pplint capabilities > capabilities.json\n  opa check --capabilities capabilities.json ./house-rules/",
		Args:    cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			enc := json.NewEncoder(a.stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(builtins.Capabilities())
		},
	}
}
