package analyzer

import (
	"fmt"

	"github.com/pplint/pplint/analyzer/claims"
	"github.com/pplint/pplint/analyzer/report"
	"github.com/pplint/pplint/analyzer/suppress"
	"github.com/pplint/pplint/segment"
)

// ReadDocument reads and parses one file the way Run does: decoded with
// opts.Load and named relative to opts.WorkDir.
func ReadDocument(f File, opts Options) (*segment.Document, error) {
	data, err := f.Read()
	if err != nil {
		return nil, err
	}
	return segment.Load(report.RelPath(opts.WorkDir, f.Path), data, opts.Load)
}

// FileInput returns the policy input that Run evaluates for f — the same
// reading, decoding, suppression-directive stripping and claim extraction —
// without loading any policy. `pplint claims` prints it.
func FileInput(f File, opts Options) (in *claims.Input, err error) {
	defer func() {
		if r := recover(); r != nil {
			in, err = nil, fmt.Errorf("internal error while analysing this file (please report it): %v", r)
		}
	}()
	doc, err := ReadDocument(f, opts)
	if err != nil {
		return nil, err
	}
	seg := opts.Segmenter
	if seg == nil {
		if seg, err = segment.Default(); err != nil {
			return nil, fmt.Errorf("load segmenter: %w", err)
		}
	}
	return claims.Extract(suppress.Strip(doc), seg), nil
}
