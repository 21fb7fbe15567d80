package lsp

import (
	"bytes"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/pplint/pplint/segment"
	"github.com/pplint/pplint/segment/benchcorpus"
)

// notice50KB joins generated Markdown notices (from our fixtures) into one
// document of at least 50 KB.
func notice50KB(b *testing.B) string {
	b.Helper()
	names, texts, err := benchcorpus.Read(".", 200<<10)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	for i, n := range names {
		if strings.HasSuffix(n, ".md") && buf.Len() < 50<<10 {
			buf.Write(texts[i])
			buf.WriteString("\n\n")
		}
	}
	if buf.Len() < 50<<10 {
		b.Fatalf("only %d bytes of Markdown", buf.Len())
	}
	return buf.String()
}

// BenchmarkEditLatency50KB measures what an author waits for after an
// edit, debounce aside: from a one-character didChange on a 50 KB notice to
// its new diagnostics (the whole document is linted again). It reports the
// median and 95th percentile per edit; p50-ratio-gse compares the median
// with raw gse segmentation of the same text.
func BenchmarkEditLatency50KB(b *testing.B) {
	text := notice50KB(b)
	seg, err := segment.Default()
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Now()
	const gseRuns = 5
	for range gseRuns {
		seg.Tokens(text)
	}
	gse := time.Since(t0) / gseRuns

	dir := b.TempDir()
	s := start(b, dir)
	s.initialize(b, "utf-16")
	uri := s.open(b, filepath.Join(dir, "notice.md"), "markdown", text)
	if _, err := s.Diagnostics(uri, nil); err != nil {
		b.Fatal(err)
	}
	ix := newLineIndex(text, encUTF16)
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// Type one character at the start of a line spread over the text.
		at := ix.position(ix.starts[(i*37)%len(ix.starts)])
		start := time.Now()
		err := s.Notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": uri, "version": i + 2},
			"contentChanges": []any{protocol.TextDocumentContentChangeEvent{Range: &protocol.Range{Start: at, End: at}, Text: "的"}},
		})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Diagnostics(uri, nil); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	p50, p95 := lat[len(lat)/2], lat[min(len(lat)-1, len(lat)*95/100)]
	b.ReportMetric(float64(p50.Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(p95.Microseconds())/1000, "p95-ms")
	b.ReportMetric(float64(p50)/float64(gse), "p50-ratio-gse")
	b.ReportMetric(float64(len(text))/1024, "doc-KB")
}
