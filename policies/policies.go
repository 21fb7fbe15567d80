// Package policies embeds pplint's built-in Rego policies: the rule
// packages under rules/ (each with the README that `pplint explain` reads),
// their helper libraries under lib/, the entrypoint under main/ and the
// input schema under schema/. It imports nothing of pplint's own.
package policies

import (
	"embed"
	"io/fs"
)

//go:embed lib main rules schema
var files embed.FS

// FS returns the embedded policy tree, rooted at this directory.
func FS() fs.FS { return files }

// EntryPoint is the query that returns every finding for one input.
const EntryPoint = "data.pplint.main.report"

// TestLibrary is the library of input builders (package pplint.lib.testing)
// that only unit tests import.
const TestLibrary = "lib/testing.rego"

// InputSchema returns the JSON Schema of the policy input (schema/input.schema.json).
func InputSchema() []byte {
	b, err := files.ReadFile("schema/input.schema.json")
	if err != nil {
		panic("policies: embedded schema missing: " + err.Error())
	}
	return b
}
