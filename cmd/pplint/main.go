// Command pplint lints Chinese privacy notices and form contracts against
// PIPL, the Civil Code and the Supreme People's Court face-recognition
// interpretation, reporting findings as text, JSON, SARIF, GitHub
// annotations or a self-contained HTML review report.
package main

import (
	"context"
	"io"
	"os"
)

// Exit codes.
const (
	exitClean    = 0 // no finding at or above --fail-level
	exitFindings = 1 // findings at or above --fail-level
	exitError    = 2 // usage, input or runtime error
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the CLI with the given arguments and streams and returns the
// process exit code. It is the in-process entry point for tests.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := &app{stdin: stdin, stdout: stdout, stderr: stderr, code: exitClean}
	root := app.rootCommand()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	if err := root.ExecuteContext(ctx); err != nil {
		app.logf("%v", err)
		return exitError
	}
	return app.code
}
