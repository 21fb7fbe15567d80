// Package baseline hides findings that an earlier run already reported:
// it reads pplint's content fingerprints (partialFingerprints
// "pplint/content/v1") from a SARIF file and removes matching findings
// from a report, so that only new findings are reported and counted.
package baseline

import (
	"fmt"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/pplint/pplint/analyzer/output"
	"github.com/pplint/pplint/analyzer/report"
)

// Set holds the content fingerprints of a baseline.
type Set map[string]bool

// Load reads the fingerprints of a SARIF baseline written by pplint.
func Load(path string) (Set, error) {
	log, err := sarif.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read baseline %s: %w", path, err)
	}
	return FromSARIF(path, log)
}

// FromSARIF collects the fingerprints of a parsed SARIF log; path names it
// in errors. A result without a pplint fingerprint is an error: the file
// was not written by pplint, or by a version with other fingerprints.
func FromSARIF(path string, log *sarif.Report) (Set, error) {
	set := Set{}
	for i, run := range log.Runs {
		for j, res := range run.Results {
			fp := res.PartialFingerprints[output.ContentFingerprintKey]
			if fp == "" {
				return nil, fmt.Errorf("read baseline %s: runs[%d].results[%d] has no %q fingerprint; write baselines with pplint check --write-baseline",
					path, i, j, output.ContentFingerprintKey)
			}
			set[fp] = true
		}
	}
	return set, nil
}

// Filter removes from r the findings whose fingerprint is in the baseline
// and returns how many it removed.
func (s Set) Filter(r *report.Report) int {
	kept := r.Findings[:0]
	for _, f := range r.Findings {
		if !s[f.Fingerprint] {
			kept = append(kept, f)
		}
	}
	n := len(r.Findings) - len(kept)
	r.Findings = kept
	return n
}
