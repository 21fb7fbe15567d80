package benchcorpus

import (
	"syscall"
	"testing"
	"time"
)

// processCPU returns the CPU time (user and system) this process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// CPUMeter reports a benchmark's CPU seconds per MB of input, which unlike
// MB/s does not depend on how much of the machine other processes take.
type CPUMeter struct {
	start time.Duration
	bytes int64
}

// StartCPU starts measuring; call it after setting up, before the loop.
func StartCPU(bytesPerOp int64) *CPUMeter {
	return &CPUMeter{start: processCPU(), bytes: bytesPerOp}
}

// Report adds the cpu-s/MB metric to b; call it after the loop.
func (m *CPUMeter) Report(b *testing.B) {
	if m.bytes == 0 || b.N == 0 {
		return
	}
	used := (processCPU() - m.start).Seconds()
	b.ReportMetric(used/float64(b.N)/(float64(m.bytes)/1e6), "cpu-s/MB")
}
