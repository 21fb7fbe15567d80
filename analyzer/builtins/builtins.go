// Package builtins declares pplint's own Rego built-in functions and the
// sandbox every policy is compiled in: OPA's capabilities without network,
// runtime or environment access, plus the pplint.* helpers that turn Chinese
// text into the claim input inside a policy test.
package builtins

import (
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/tester"
	"github.com/open-policy-agent/opa/v1/types"

	"github.com/pplint/pplint/analyzer/claims"
	"github.com/pplint/pplint/segment"
)

// SegmenterFunc returns the segmenter the built-ins tokenise text with.
type SegmenterFunc func() (segment.Segmenter, error)

// DefaultSegmenter is segment.Default as a SegmenterFunc.
func DefaultSegmenter() (segment.Segmenter, error) { return segment.Default() }

// ClaimsName and InputName are the names of the pplint built-ins.
const (
	ClaimsName = "pplint.claims"
	InputName  = "pplint.input"
)

var (
	claimsFn = &rego.Function{
		Name: ClaimsName,
		Description: "Parses text as a Markdown document named test.md and returns the policy input " +
			"(document, sentences, claims) pplint would evaluate for it.",
		Decl: types.NewFunction(
			types.Args(types.Named("text", types.S).Description("Chinese sentence or document (Markdown)")),
			types.Named("input", types.A).Description("the policy input"),
		),
		Memoize: true,
	}
	inputFn = &rego.Function{
		Name: InputName,
		Description: "Parses text as a document named path (the extension picks the format: .md, .txt, .html) " +
			"and returns the policy input pplint would evaluate for it.",
		Decl: types.NewFunction(
			types.Args(
				types.Named("path", types.S).Description("file name, e.g. notice.txt"),
				types.Named("text", types.S).Description("document text"),
			),
			types.Named("input", types.A).Description("the policy input"),
		),
		Memoize: true,
	}
)

// Declarations returns the ast declarations of the pplint built-ins, for a
// compiler's capabilities.
func Declarations() []*ast.Builtin {
	return []*ast.Builtin{decl(claimsFn), decl(inputFn)}
}

func decl(f *rego.Function) *ast.Builtin {
	return &ast.Builtin{Name: f.Name, Description: f.Description, Decl: f.Decl}
}

// Functions returns the pplint built-ins as rego options for a query.
func Functions(seg SegmenterFunc) []func(*rego.Rego) {
	return []func(*rego.Rego){
		rego.Function1(claimsFn, func(_ rego.BuiltinContext, text *ast.Term) (*ast.Term, error) {
			return parse(seg, ast.StringTerm("test.md"), text)
		}),
		rego.Function2(inputFn, func(_ rego.BuiltinContext, path, text *ast.Term) (*ast.Term, error) {
			return parse(seg, path, text)
		}),
	}
}

// TesterBuiltins returns the pplint built-ins for OPA's test runner.
func TesterBuiltins(seg SegmenterFunc) []*tester.Builtin {
	fns := Functions(seg)
	decls := Declarations()
	out := make([]*tester.Builtin, len(fns))
	for i := range fns {
		out[i] = &tester.Builtin{Decl: decls[i], Func: fns[i]}
	}
	return out
}

// parse runs the production pipeline (segment.Load, claims.Extract) on text.
func parse(seg SegmenterFunc, pathTerm, textTerm *ast.Term) (*ast.Term, error) {
	path, ok := pathTerm.Value.(ast.String)
	if !ok {
		return nil, fmt.Errorf("path: want a string, got %v", ast.ValueName(pathTerm.Value))
	}
	text, ok := textTerm.Value.(ast.String)
	if !ok {
		return nil, fmt.Errorf("text: want a string, got %v", ast.ValueName(textTerm.Value))
	}
	s, err := seg()
	if err != nil {
		return nil, fmt.Errorf("load segmenter: %w", err)
	}
	doc, err := segment.Load(string(path), []byte(text), segment.LoadOptions{})
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	v, err := ast.InterfaceToValue(claims.Extract(doc, s))
	if err != nil {
		return nil, fmt.Errorf("build policy input: %w", err)
	}
	return ast.NewTerm(v), nil
}
