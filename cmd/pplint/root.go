package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// app carries the streams and the exit code of one CLI invocation.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	code           int
}

// logf writes one diagnostic line to stderr.
func (a *app) logf(format string, args ...any) {
	fmt.Fprintf(a.stderr, "pplint: "+format+"\n", args...)
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "pplint",
		Short: "Lint Chinese privacy notices and form contracts (隐私政策、用户协议、授权书)",
		Long: "pplint checks Chinese privacy notices, user agreements and authorisation letters against\n" +
			"the Personal Information Protection Law, the Civil Code and the Supreme People's Court\n" +
			"face-recognition interpretation, and reports each finding with its legal basis and a fix.",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(a.checkCommand(), a.initCommand(), a.rulesCommand(), a.versionCommand())
	root.AddCommand(a.testCommand(), a.explainCommand(), a.capabilitiesCommand(), a.claimsCommand(), a.lspCommand())
	setVersionFlag(root)
	return root
}
