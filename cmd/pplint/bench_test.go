package main

import (
	"context"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/pplint/pplint/segment/benchcorpus"
)

// benchCorpora caches generated corpora by size for the benchmarks of one
// process.
var benchCorpora sync.Map

// corpus returns a generated benchmark corpus of about size bytes.
func corpus(b *testing.B, size int64) *benchcorpus.Corpus {
	b.Helper()
	if c, ok := benchCorpora.Load(size); ok {
		return c.(*benchcorpus.Corpus)
	}
	root, err := benchcorpus.FindRoot(".")
	if err != nil {
		b.Fatal(err)
	}
	c, err := benchcorpus.Generate(filepath.Join(b.TempDir(), "corpus"), filepath.Join(root, "fixtures"), size, benchcorpus.DefaultBadShare)
	if err != nil {
		b.Fatal(err)
	}
	benchCorpora.Store(size, c)
	return c
}

// BenchmarkPipeline runs `pplint check --format sarif` in-process on the
// benchmark corpus (10 MiB; -short: 1 MiB), files in parallel on all CPUs;
// MB/s is the end-to-end throughput including policy compilation.
func BenchmarkPipeline(b *testing.B) {
	size := int64(10 << 20)
	if testing.Short() {
		size = 1 << 20
	}
	c := corpus(b, size)
	b.SetBytes(c.Bytes)
	b.ReportAllocs()
	cpu := benchcorpus.StartCPU(c.Bytes)
	for b.Loop() {
		var errb strings.Builder
		if code := run(context.Background(), []string{"check", "--format", "sarif", "--fail-level", "none", c.Dir},
			strings.NewReader(""), io.Discard, &errb); code != exitClean {
			b.Fatalf("exit %d: %s", code, errb.String())
		}
	}
	cpu.Report(b)
}
