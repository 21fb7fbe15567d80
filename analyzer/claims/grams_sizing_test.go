package claims

import (
	"strings"
	"testing"
	"time"
)

// TestGramsASCIIText checks that a short text of distinct ASCII bytes (two
// keys per byte, more than the smallest table holds at four thirds of the
// length) still leaves a free slot, so that building the set terminates.
func TestGramsASCIIText(t *testing.T) {
	t.Parallel()
	text := "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQR" // 44 distinct bytes, 87 keys
	done := make(chan bool, 1)
	go func() {
		g := &grams{}
		g.reset(text)
		done <- g.contains("xyz") && !g.contains("zyx")
	}()
	select {
	case ok := <-done:
		if !ok {
			t.Errorf("contains on %q gave wrong answers", text)
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("building the key set of %q does not terminate", text)
	}
	if !strings.Contains(text, "xyz") {
		t.Fatal("bad test text")
	}
}
