// Package claimsview renders the policy input of a document (claims.Input)
// for a reader: as text a lawyer or policy author can follow — document
// type and its evidence, sentences with their lead-ins, claims with their
// attributes and cues — or as the exact JSON the Rego policies evaluate.
// It depends only on the claims and segment types.
package claimsview

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"

	"github.com/pplint/pplint/analyzer/claims"
	"github.com/pplint/pplint/segment"
)

// Options select what is shown.
type Options struct {
	// Types keeps only the claims of these types; all claims when empty.
	Types []string
	// Sentences lists every sentence in the text output, not only those
	// with (kept) claims.
	Sentences bool
}

// keep reports whether claims of type t are shown.
func (o Options) keep(t string) bool { return len(o.Types) == 0 || slices.Contains(o.Types, t) }

// Filter returns in with only the claims of the given types and
// ClaimsByType recomputed to index them; document and sentences are
// unchanged. With no types it returns in itself.
func Filter(in *claims.Input, types []string) *claims.Input {
	if len(types) == 0 {
		return in
	}
	o := Options{Types: types}
	out := *in
	out.Claims = []claims.Claim{}
	out.ClaimsByType = map[string][]int{}
	for _, c := range in.Claims {
		if o.keep(c.Type) {
			out.ClaimsByType[c.Type] = append(out.ClaimsByType[c.Type], len(out.Claims))
			out.Claims = append(out.Claims, c)
		}
	}
	return &out
}

// WriteJSON writes in as indented JSON, exactly as the policies receive it
// (encoding/json orders map keys, so the output is deterministic).
func WriteJSON(w io.Writer, in *claims.Input) error {
	b, err := json.MarshalIndent(in, "", "  ")
	if err != nil {
		return fmt.Errorf("encode policy input: %w", err)
	}
	b = append(b, '\n')
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("write policy input: %w", err)
	}
	return nil
}

// pos formats a position as line:col.
func pos(p segment.Pos) string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// span formats a span as line:col-line:col.
func span(s segment.Span) string { return pos(s.Start) + "-" + pos(s.End) }
