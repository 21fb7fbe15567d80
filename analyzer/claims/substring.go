package claims

import (
	"strings"
	"unicode/utf8"
)

// findLoose returns the occurrences of cues of three or more characters as
// plain substrings, for phrases the segmenter may split across a token
// boundary (并重|新征得). Shorter cues use find.
func (s *sent) findLoose(cues []string) []hit {
	var out []hit
	for _, c := range cues {
		if utf8.RuneCountInString(c) < 3 {
			out = append(out, s.find(c)...)
			continue
		}
		for off := 0; s.includes(c); {
			i := strings.Index(s.text[off:], c)
			if i < 0 {
				break
			}
			start := off + i
			h := hit{cue: c, start: start, end: start + len(c)}
			for j, t := range s.tokens {
				if t.Start <= start {
					h.tok = j
				}
				if t.Start < h.end {
					h.endTok = j + 1
				}
			}
			out = append(out, h)
			off = h.end
		}
	}
	sortHits(out)
	return dedupe(out)
}
