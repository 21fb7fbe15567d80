package main

import (
	"os"
	"runtime/debug"
	"sync"
)

// startupGCPercent is the GC target while pplint starts and lints its first
// document. Start-up (policy compilation, dictionaries, package
// initialisation) leaves a few megabytes of garbage; at the default target
// the collector runs twice on a 2-core machine during a one-document run,
// which costs about a third of its CPU time.
const startupGCPercent = 400

// gcTuner raises the GC target for start-up and restores it once a second
// document is read, so that longer runs keep memory proportional to their
// live data. It leaves GOGC alone when the environment sets it.
type gcTuner struct {
	once sync.Once
	prev int
	on   bool
}

func startupGC() *gcTuner {
	t := &gcTuner{}
	if os.Getenv("GOGC") == "" {
		t.prev, t.on = debug.SetGCPercent(startupGCPercent), true
	}
	return t
}

// done restores the GC target; it is safe to call more than once.
func (t *gcTuner) done() {
	t.once.Do(func() {
		if t.on {
			debug.SetGCPercent(t.prev)
		}
	})
}

// read wraps the reader of document i: reading any document after the first
// ends start-up.
func (t *gcTuner) read(i int, f func() ([]byte, error)) func() ([]byte, error) {
	if i == 0 {
		return f
	}
	return func() ([]byte, error) {
		t.done()
		return f()
	}
}
