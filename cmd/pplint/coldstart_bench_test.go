package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pplint/pplint/segment/benchcorpus"
)

// binaries builds pplint and the peakrss launcher once per benchmark
// process. PPLINT_BENCH_BIN names a pplint binary to measure instead of
// building one, e.g. a release binary from dist/.
var binaries = sync.OnceValues(func() ([2]string, error) {
	dir, err := os.MkdirTemp("", "pplint-bin-")
	if err != nil {
		return [2]string{}, err
	}
	bins := [2]string{filepath.Join(dir, "pplint"), filepath.Join(dir, "peakrss")}
	for i, pkg := range []string{".", "../../segment/benchcorpus/peakrss"} {
		if bin := os.Getenv("PPLINT_BENCH_BIN"); i == 0 && bin != "" {
			bins[0] = bin
			continue
		}
		if out, err := exec.Command("go", "build", "-o", bins[i], pkg).CombinedOutput(); err != nil {
			return bins, fmt.Errorf("go build %s: %v\n%s", pkg, err, out)
		}
	}
	return bins, nil
})

// execPplint runs the built binary with args, its output discarded, and
// returns its peak resident memory in bytes and its CPU time.
func execPplint(b *testing.B, args ...string) (rss int64, cpu time.Duration) {
	b.Helper()
	bins, err := binaries()
	if err != nil {
		b.Fatal(err)
	}
	var stderr strings.Builder
	cmd := exec.Command(bins[1], append([]string{bins[0]}, args...)...)
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		if _, ok := err.(*exec.ExitError); !ok || cmd.ProcessState.ExitCode() > 1 {
			b.Fatalf("pplint %v: %v\n%s", args, err, stderr.String())
		}
	}
	var kb, us int64
	i := strings.LastIndex(stderr.String(), "peakrss ")
	if i < 0 {
		b.Fatalf("no peakrss line: %s", stderr.String())
	}
	if _, err := fmt.Sscanf(stderr.String()[i:], "peakrss %d %d", &kb, &us); err != nil {
		b.Fatal(err)
	}
	return kb << 10, time.Duration(us) * time.Microsecond
}

// BenchmarkColdStart runs the pplint binary, as a pre-commit hook would, on
// one policy of about 20 KB with every rule enabled. ns/op is the mean wall
// time of the whole process and min-wall-ms the fastest run (the least
// disturbed by other load); peak-RSS-MB its peak resident memory; cpu-ms
// its user plus system time.
func BenchmarkColdStart(b *testing.B) {
	c := corpus(b, benchcorpus.DocSize)
	if len(c.Files) != 1 {
		b.Fatalf("want one document, got %d", len(c.Files))
	}
	if _, err := binaries(); err != nil {
		b.Fatal(err)
	}
	var peak int64
	var cpu time.Duration
	fastest := time.Hour
	for b.Loop() {
		start := time.Now()
		rss, t := execPplint(b, "check", c.Files[0])
		fastest = min(fastest, time.Since(start))
		peak, cpu = max(peak, rss), cpu+t
	}
	b.ReportMetric(float64(fastest.Microseconds())/1000, "min-wall-ms")
	b.ReportMetric(float64(peak)/(1<<20), "peak-RSS-MB")
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// BenchmarkMemoryVsFiles runs `pplint check --format sarif` on corpora of
// growing size (1, 4 and 16 MiB; -short: 1 and 2), without findings (clean) and with the default share of
// findings, and reports the peak resident memory of each run: it stays flat
// on clean corpora and grows with findings only.
func BenchmarkMemoryVsFiles(b *testing.B) {
	root, err := benchcorpus.FindRoot(".")
	if err != nil {
		b.Fatal(err)
	}
	if _, err := binaries(); err != nil {
		b.Fatal(err)
	}
	sizes := []int64{1, 4, 16}
	if testing.Short() {
		sizes = []int64{1, 2}
	}
	for _, bad := range []float64{0, benchcorpus.DefaultBadShare} {
		for _, mb := range sizes {
			b.Run(fmt.Sprintf("bad=%g/MB=%d", bad, mb), func(b *testing.B) {
				c, err := benchcorpus.Generate(b.TempDir(), filepath.Join(root, "fixtures"), mb<<20, bad)
				if err != nil {
					b.Fatal(err)
				}
				b.SetBytes(c.Bytes)
				var peak int64
				for b.Loop() {
					rss, _ := execPplint(b, "check", "--format", "sarif", "--fail-level", "none", c.Dir)
					peak = max(peak, rss)
				}
				b.ReportMetric(float64(len(c.Files)), "files")
				b.ReportMetric(float64(peak)/(1<<20), "peak-RSS-MB")
			})
		}
	}
}
