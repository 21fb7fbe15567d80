package main

import (
	"time"

	"github.com/spf13/cobra"

	"github.com/pplint/pplint/analyzer/lsp"
)

func (a *app) lspCommand() *cobra.Command {
	var debounce time.Duration
	cmd := &cobra.Command{
		Use:   "lsp",
		Short: "Run the language server (LSP over stdio) for editors",
		Long: "pplint lsp speaks the Language Server Protocol on stdin and stdout: editors show\n" +
			"findings as diagnostics while a document is edited, explain them on hover and offer\n" +
			"code actions to suppress them. It reads the .pplint.yaml above each document and\n" +
			"reloads it when it changes. See the README for VS Code, Neovim, Helix and Zed.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			a.code = lsp.Serve(cmd.Context(), a.stdin, a.stdout, lsp.Options{Version: version, Debounce: debounce, Log: a.stderr})
			return nil
		},
	}
	cmd.Flags().Bool("stdio", true, "talk over stdin and stdout (the only transport; accepted for clients that pass it)")
	cmd.Flags().DurationVar(&debounce, "debounce", lsp.DefaultDebounce, "wait this long after an edit before linting (negative: lint at once)")
	return cmd
}
