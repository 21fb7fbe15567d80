package segment

import (
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/go-ego/gse"

	"github.com/pplint/pplint/segment/benchcorpus"
	"github.com/pplint/pplint/segment/internal/refdict"
)

// benchTexts are the documents of a 1 MiB benchmark corpus.
var benchTexts = sync.OnceValues(func() ([][]byte, error) {
	_, texts, err := benchcorpus.Read(".", 1<<20)
	return texts, err
})

func texts(b *testing.B) ([][]byte, int64) {
	b.Helper()
	ts, err := benchTexts()
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for _, t := range ts {
		n += int64(len(t))
	}
	return ts, n
}

// compactGse returns the gse segmenter NewGSE loads, for raw Segment calls.
func compactGse(b *testing.B) *gse.Segmenter {
	b.Helper()
	g, err := NewGSE()
	if err != nil {
		b.Fatal(err)
	}
	return &g.seg
}

// BenchmarkLoad measures loading pplint's segmenter: gse with the compact
// general dictionary plus the legal dictionary (LoadDictStr, no HMM).
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewGSE(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadReference measures loading the reference dictionary the
// compact one was cut from (gse's 36k words of frequency ≥ 100, what pplint
// loaded before; reading it from the module cache is not timed).
func BenchmarkLoadReference(b *testing.B) {
	ref, err := refdict.Load()
	if err != nil {
		b.Fatal(err)
	}
	text := refdict.Text(ref)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewGSEWith(text); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadGseStock measures gse loading its stock embedded simplified
// Chinese dictionary (no HMM), what a plain gse set-up pays.
func BenchmarkLoadGseStock(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		var s gse.Segmenter
		s.NotLoadHMM, s.SkipLog = true, true
		if err := s.LoadDictEmbed("zh_s"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSegment measures pplint's segmenter (gse Segment plus the
// conversion to tokens) on whole documents, one core.
func BenchmarkSegment(b *testing.B) {
	ts, n := texts(b)
	g, err := NewGSE()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(n)
	cpu := benchcorpus.StartCPU(n)
	for b.Loop() {
		for _, t := range ts {
			g.Tokens(string(t))
		}
	}
	cpu.Report(b)
}

// BenchmarkSegmentGse measures raw gse Segment on the same documents, one
// core.
func BenchmarkSegmentGse(b *testing.B) {
	ts, n := texts(b)
	s := compactGse(b)
	b.SetBytes(n)
	cpu := benchcorpus.StartCPU(n)
	for b.Loop() {
		for _, t := range ts {
			s.Segment(t)
		}
	}
	cpu.Report(b)
}

// BenchmarkSegmentGseParallel is BenchmarkSegmentGse with the documents
// shared among GOMAXPROCS goroutines, as pplint shares files: the baseline
// for the pipeline's throughput on all cores.
func BenchmarkSegmentGseParallel(b *testing.B) {
	ts, n := texts(b)
	s := compactGse(b)
	b.SetBytes(n)
	cpu := benchcorpus.StartCPU(n)
	for b.Loop() {
		var next atomic.Int64
		var wg sync.WaitGroup
		for range runtime.GOMAXPROCS(0) {
			wg.Go(func() {
				for i := next.Add(1) - 1; i < int64(len(ts)); i = next.Add(1) - 1 {
					s.Segment(ts[i])
				}
			})
		}
		wg.Wait()
	}
	cpu.Report(b)
}
