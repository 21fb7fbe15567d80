// Command gencorpus writes the benchmark corpus: about -size bytes of
// policy-sized documents assembled from the fixtures, into -o.
//
//	go run ./segment/benchcorpus/gencorpus -o /tmp/pplint-corpus -size 10485760 -bad 0.1
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/pplint/pplint/segment/benchcorpus"
)

func main() {
	out := flag.String("o", filepath.Join(os.TempDir(), "pplint-bench-corpus"), "output directory")
	size := flag.Int64("size", 10<<20, "total size in bytes")
	bad := flag.Float64("bad", benchcorpus.DefaultBadShare, "share of paragraphs that fixtures expect findings on")
	flag.Parse()
	root, err := benchcorpus.FindRoot(".")
	if err == nil {
		var c *benchcorpus.Corpus
		c, err = benchcorpus.Generate(*out, filepath.Join(root, "fixtures"), *size, *bad)
		if err == nil {
			fmt.Fprintf(os.Stderr, "gencorpus: %d files, %d bytes in %s\n", len(c.Files), c.Bytes, c.Dir)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}
