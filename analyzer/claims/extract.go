package claims

import (
	"strings"
	"unicode/utf8"

	"github.com/pplint/pplint/segment"
)

// Extract builds the policy input for a parsed document.
func Extract(doc *segment.Document, seg segment.Segmenter) *Input {
	in := &Input{Document: Document{Path: doc.Path, Format: string(doc.Format)}, Claims: []Claim{}, Sentences: []Sentence{}}
	section := ""
	g := &grams{}
	all := doc.Sentences(seg)
	dis := newDiscourse(doc, all)
	in.Document.Title = title(doc)
	in.Document.Type, in.Document.TypeEvidence = headType(in.Document.Title, all)
	ctx := &docContext{piTopic: piTopic(in.Document.Title, openingTexts(all, dis))}
	for i, ss := range all {
		b := &doc.Blocks[ss.Block]
		base := ss.Start
		if b.Kind == segment.KindHeading {
			section = ss.Text
		}
		s := &sent{text: ss.Text, tokens: ss.Tokens, span: func(a, e int) segment.Span {
			return doc.Span(b, base+a, base+e)
		}, heading: b.Kind == segment.KindHeading, section: section, block: b.Text, grams: g,
			lead: dis.leadText(all, i), items: dis.items[i].String(), docType: in.Document.Type, doc: ctx}
		ctx.index = i
		g.reset(ss.Text)
		idx := len(in.Sentences)
		in.Sentences = append(in.Sentences, Sentence{Index: idx, Text: ss.Text, Span: s.span(0, len(ss.Text)),
			Kind: string(b.Kind), Section: section, Block: ss.Block, Lead: dis.lead[i]})
		for _, c := range sentenceClaims(s) {
			c.Sentence, c.Text, c.Span = idx, ss.Text, in.Sentences[idx].Span
			in.Claims = append(in.Claims, c)
		}
		ctx.read(s)
	}
	in.ClaimsByType = map[string][]int{}
	for i, c := range in.Claims {
		in.ClaimsByType[c.Type] = append(in.ClaimsByType[c.Type], i)
	}
	if in.Document.Type == "other" && len(in.Document.TypeEvidence) == 0 {
		in.Document.Type = selfReference(in)
	}
	in.Document.Start = startSpan(doc)
	// an authorisation whose title or opening names personal information
	// (征信授权书) is about processing it, whatever its clauses say
	in.Document.ProcessesPersonalInfo = processesPersonalInfo(in) || in.Document.Type == "authorization" && ctx.piTopic
	return in
}

// extractors find the claims of one sentence. Each claim type has its own
// file; add new extractors here.
var extractors = []func(s *sent) []Claim{
	grants,
	one(collect),
	consent,
	one(retention),
	deletion,
	withdrawal,
	one(rights),
	one(contact),
	one(security),
	one(purpose),
	necessity,
	one(refusal),
	one(policyChange),
	one(minor),
	one(share),
	one(disclose),
	one(transferAbroad),
	one(sell),
	one(automated),
	one(liability),
	one(faceVerification),
}

// one adapts an extractor that finds at most one claim.
func one(f func(*sent) (Claim, bool)) func(*sent) []Claim {
	return func(s *sent) []Claim {
		if c, ok := f(s); ok {
			return []Claim{c}
		}
		return nil
	}
}

// sentenceClaims runs every claim extractor on one sentence.
func sentenceClaims(s *sent) []Claim {
	var out []Claim
	for _, f := range extractors {
		out = append(out, f(s)...)
	}
	return out
}

// title is the document's first line when it stands alone (a heading, or a
// short first block: 征信查询授权书), else the first heading of the first
// blocks, else the first block's first line.
func title(doc *segment.Document) string {
	if len(doc.Blocks) == 0 {
		return ""
	}
	first, _, _ := strings.Cut(doc.Blocks[0].Text, "\n")
	first = strings.TrimSpace(first)
	if doc.Blocks[0].Kind == segment.KindHeading || utf8.RuneCountInString(first) <= titleRunes {
		return first
	}
	for _, b := range doc.Blocks[:min(4, len(doc.Blocks))] {
		if b.Kind == segment.KindHeading {
			return strings.TrimSpace(b.Text)
		}
	}
	return first
}

// startSpan is the first line of the document's first block.
func startSpan(doc *segment.Document) segment.Span {
	if len(doc.Blocks) == 0 {
		p := doc.Position(0)
		return segment.Span{Start: p, End: p}
	}
	b := &doc.Blocks[0]
	end := strings.IndexByte(b.Text, '\n')
	if end < 0 {
		end = len(b.Text)
	}
	return doc.Span(b, 0, end)
}

// openingTexts are the texts of the first three sentences, each lead-in
// with its items (本人同意： 1. 贵公司查询本人的社保记录).
func openingTexts(ss []segment.Sentence, dis *discourse) []string {
	var out []string
	for i, s := range ss[:min(3, len(ss))] {
		out = append(out, s.Text+dis.items[i].String())
	}
	return out
}

// selfAuthorises reports whether the person speaks in the first person and
// authorises or consents within a few characters (本人…授权, 本人同意…): the
// text is the person's own consent form.
func selfAuthorises(head string) bool {
	i := strings.Index(head, "本人")
	if i < 0 {
		return false
	}
	near := head[i:min(len(head), i+45)]
	return strings.Contains(near, "授权") || strings.Contains(near, "同意")
}

// processesPersonalInfo reports whether any claim concerns personal information.
func processesPersonalInfo(in *Input) bool {
	for _, c := range in.Claims {
		if c.Negated {
			continue
		}
		if c.Type == "collect" || c.Object == "personal_info" {
			return true
		}
	}
	return false
}
