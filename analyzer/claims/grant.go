package claims

import "strings"

// grant extracts a grant claim from s when it grants a right or licence and
// carries at least one triad attribute.
func grant(s *sent) (Claim, bool) {
	if !s.has(grantVerbs) {
		return Claim{}, false
	}
	attrs := map[string][]hit{
		"irrevocable":    s.findAny(irrevocableCues),
		"unlimited_term": unlimited(s),
		"sublicensable":  s.findAny(sublicenseCues),
	}
	c := Claim{Type: "grant", Attributes: map[string]Cue{}}
	for name, hits := range attrs {
		for _, h := range hits {
			neg := s.negated(h)
			if prev, ok := c.Attributes[name]; ok && !prev.Negated {
				continue
			}
			c.Attributes[name] = Cue{Cue: h.cue, Negated: neg, Span: s.span(h.start, h.end)}
		}
	}
	if len(c.Attributes) == 0 {
		return Claim{}, false
	}
	c.Direction = direction(s)
	c.Object, c.Categories = grantObject(s)
	c.Negated = allNegated(c.Attributes)
	return c, true
}

// unlimited finds duration cues, dropping 永久 when it qualifies deletion,
// cancellation or a sanction (永久删除, 永久注销账号).
func unlimited(s *sent) []hit {
	var out []hit
	for _, h := range s.findAny(unlimitedCues) {
		if strings.HasPrefix(h.cue, "永久") && notUnlimited[s.tokenAfter(h)] {
			continue
		}
		out = append(out, h)
	}
	return out
}

// direction tells who grants: 我们授予您… is processor_to_user.
func direction(s *sent) string {
	if s.contains(toUserCues) {
		return "processor_to_user"
	}
	return "user_to_processor"
}

// grantObject classifies what the grant is about and the personal
// information categories it names.
func grantObject(s *sent) (string, []string) {
	cats, _ := s.categories()
	strongPI := false
	for _, c := range cats {
		if c != "financial_account" && c != "account" && c != "device" {
			strongPI = true
		}
	}
	switch {
	case s.contains(paymentTerms) && !strongPI:
		return "payment", cats
	case len(cats) > 0 && !(len(cats) == 1 && cats[0] == "portrait" && s.contains(contentTerms)):
		return "personal_info", cats
	case s.contains(infoRefs) && !s.contains(softwareTerms):
		return "personal_info", cats
	case s.contains(contentTerms[:len(contentTerms)-1]):
		return "user_content", cats
	case s.contains(softwareTerms):
		return "software", nil
	case s.contains(contentTerms):
		return "user_content", nil
	}
	return "other", nil
}

func allNegated(attrs map[string]Cue) bool {
	for _, a := range attrs {
		if !a.Negated {
			return false
		}
	}
	return true
}
