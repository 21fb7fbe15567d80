package analyzer

import (
	"context"
	"sync"
	"testing"

	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/pplint/pplint/analyzer/claims"
	"github.com/pplint/pplint/segment"
	"github.com/pplint/pplint/segment/benchcorpus"
)

// benchDocs are the parsed documents of a 1 MiB benchmark corpus.
var benchDocs = sync.OnceValues(func() ([]*segment.Document, error) {
	names, texts, err := benchcorpus.Read(".", 1<<20)
	if err != nil {
		return nil, err
	}
	docs := make([]*segment.Document, len(texts))
	for i, b := range texts {
		if docs[i], err = segment.Load(names[i], b, segment.LoadOptions{}); err != nil {
			return nil, err
		}
	}
	return docs, nil
})

func docsAndBytes(b *testing.B) ([]*segment.Document, int64) {
	b.Helper()
	docs, err := benchDocs()
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for _, d := range docs {
		n += int64(len(d.Source))
	}
	return docs, n
}

func benchAnalyzer(b *testing.B) *Analyzer {
	b.Helper()
	a, err := New(context.Background(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := a.segmenter(); err != nil {
		b.Fatal(err)
	}
	if err := a.prepared(); err != nil {
		b.Fatal(err)
	}
	return a
}

// BenchmarkCompilePolicies parses and compiles the built-in policies and
// prepares the entrypoint query: the per-process cost of analyzer.New.
func BenchmarkCompilePolicies(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		a, err := New(context.Background(), Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := a.prepared(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtract measures claim extraction, sentence segmentation
// included, on one core.
func BenchmarkExtract(b *testing.B) {
	docs, n := docsAndBytes(b)
	seg, err := segment.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	cpu := benchcorpus.StartCPU(n)
	for b.Loop() {
		for _, d := range docs {
			claims.Extract(d, seg)
		}
	}
	cpu.Report(b)
}

// BenchmarkPolicyInput measures turning claims into the OPA input value.
func BenchmarkPolicyInput(b *testing.B) {
	docs, n := docsAndBytes(b)
	a := benchAnalyzer(b)
	ins := make([]*claims.Input, len(docs))
	for i, d := range docs {
		ins[i], _ = a.Input(d)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	cpu := benchcorpus.StartCPU(n)
	for b.Loop() {
		for _, in := range ins {
			if _, err := toValue(in); err != nil {
				b.Fatal(err)
			}
		}
	}
	cpu.Report(b)
}

// BenchmarkEvaluate measures policy evaluation of prepared inputs, on one
// core.
func BenchmarkEvaluate(b *testing.B) {
	docs, n := docsAndBytes(b)
	a := benchAnalyzer(b)
	ctx := context.Background()
	var opts []rego.EvalOption
	for _, d := range docs {
		in, _ := a.Input(d)
		v, err := toValue(in)
		if err != nil {
			b.Fatal(err)
		}
		opts = append(opts, rego.EvalParsedInput(v))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	cpu := benchcorpus.StartCPU(n)
	for b.Loop() {
		for _, o := range opts {
			if _, err := a.query.Eval(ctx, o); err != nil {
				b.Fatal(err)
			}
		}
	}
	cpu.Report(b)
}

// BenchmarkLintDocument measures all the work on a parsed document
// (extraction, input, evaluation, findings), on one core.
func BenchmarkLintDocument(b *testing.B) {
	docs, n := docsAndBytes(b)
	a := benchAnalyzer(b)
	ctx := context.Background()
	b.SetBytes(n)
	b.ReportAllocs()
	cpu := benchcorpus.StartCPU(n)
	for b.Loop() {
		for _, d := range docs {
			if _, err := a.LintDocument(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	cpu.Report(b)
}
