package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/pplint/pplint/internal/benchcorpus"
)

// binary builds pplint once per benchmark process.
var binary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "pplint-bin-")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "pplint")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

// execPplint runs the built binary with args, its output discarded, and
// returns its peak resident memory in bytes and its CPU time.
func execPplint(b *testing.B, args ...string) (rss int64, cpu time.Duration) {
	b.Helper()
	bin, err := binary()
	if err != nil {
		b.Fatal(err)
	}
	cmd := exec.Command(bin, args...)
	if err := cmd.Run(); err != nil {
		if _, ok := err.(*exec.ExitError); !ok || cmd.ProcessState.ExitCode() > 1 {
			b.Fatalf("pplint %v: %v", args, err)
		}
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	return ru.Maxrss << 10, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
}

// BenchmarkColdStart runs the pplint binary, as a pre-commit hook would, on
// one policy of about 20 KB with every rule enabled. ns/op is the wall time
// of the whole process; peak-RSS-MB its peak resident memory; cpu-ms its
// user plus system time.
func BenchmarkColdStart(b *testing.B) {
	c := corpus(b, benchcorpus.DocSize)
	if len(c.Files) != 1 {
		b.Fatalf("want one document, got %d", len(c.Files))
	}
	var peak int64
	var cpu time.Duration
	for b.Loop() {
		rss, t := execPplint(b, "check", c.Files[0])
		peak, cpu = max(peak, rss), cpu+t
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-RSS-MB")
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// BenchmarkMemoryVsFiles runs `pplint check --format sarif` on corpora of
// growing size, without findings (clean) and with the default share of
// findings, and reports the peak resident memory of each run: it stays flat
// on clean corpora and grows with findings only.
func BenchmarkMemoryVsFiles(b *testing.B) {
	root, err := benchcorpus.FindRoot(".")
	if err != nil {
		b.Fatal(err)
	}
	for _, bad := range []float64{0, benchcorpus.DefaultBadShare} {
		for _, mb := range []int64{1, 4, 16} {
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
