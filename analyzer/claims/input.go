// Package claims maps segmented sentences to structured claims — grants,
// collection, consent, sharing, retention and the rest — and assembles the
// input document that the Rego policies evaluate. It is the only place that
// reads Chinese text: policies reason over claims, never over raw text.
package claims

import "github.com/pplint/pplint/segment"

// Input is the policy input for one document (see policies/schema/input.schema.json).
type Input struct {
	Document  Document   `json:"document"`
	Sentences []Sentence `json:"sentences"`
	Claims    []Claim    `json:"claims"`
	// ClaimsByType lists, per claim type, the indices in Claims of the
	// claims of that type, in order: policies select the claims of one
	// type without a pass over all of them.
	ClaimsByType map[string][]int `json:"claims_by_type"`
}

// Document holds document-scope facts.
type Document struct {
	Path   string `json:"path"`
	Format string `json:"format"`
	// Type is privacy_notice, authorization, user_agreement or other.
	Type string `json:"type"`
	// TypeEvidence is what Type was read from (title, opening, signature).
	TypeEvidence []Evidence   `json:"type_evidence,omitempty"`
	Title        string       `json:"title"`
	Start        segment.Span `json:"start"` // the first line: where document findings point
	// ProcessesPersonalInfo is true when any sentence collects, uses or
	// receives a grant over personal information.
	ProcessesPersonalInfo bool `json:"processes_personal_info"`
}

// Sentence is one sentence of the document as the policies see it.
type Sentence struct {
	Index   int          `json:"index"`
	Text    string       `json:"text"`
	Span    segment.Span `json:"span"`
	Kind    string       `json:"kind"`    // block kind: heading, paragraph, list_item, table_cell
	Section string       `json:"section"` // text of the nearest heading above
	// Block is the index of the block (paragraph, list item, table cell)
	// holding the sentence: sentences of one list item share it.
	Block int `json:"block"`
	// Lead is the index of the lead-in sentence (one ending in "：") whose
	// list this sentence is an item of, or -1.
	Lead int `json:"lead"`
}

// Claim is one structured statement found in a sentence.
type Claim struct {
	Type     string       `json:"type"`     // grant, …
	Sentence int          `json:"sentence"` // index into Input.Sentences
	Text     string       `json:"text"`     // the sentence text
	Span     segment.Span `json:"span"`     // the sentence span
	// Negated is true when the claim is denied (我们不会…).
	Negated bool `json:"negated"`
	// Direction of a grant: user_to_processor or processor_to_user.
	Direction string `json:"direction,omitempty"`
	// Object of a grant: personal_info, user_content, software, payment or other.
	Object string `json:"object,omitempty"`
	// Kind refines the type: the consent kind (separate, written, explicit,
	// guardian, deemed, bundled), the recipient kind of a share, …
	Kind string `json:"kind,omitempty"`
	// Categories of personal information named (face, biometric, credit, …).
	Categories []string `json:"categories,omitempty"`
	// Sensitive lists the categories that are sensitive personal
	// information under PIPL Art. 28 (biometric, health, financial_account,
	// location, religion, specific_identity, minor).
	Sensitive []string `json:"sensitive,omitempty"`
	// Conditional is true when the claim is stated under a condition
	// (如/若/如果/除非/经您同意后).
	Conditional bool `json:"conditional"`
	// Attributes found on the claim, keyed by name (irrevocable,
	// unlimited_term, sublicensable, …); each has the cue that justifies it.
	Attributes map[string]Cue `json:"attributes,omitempty"`
}

// Cue is the exact wording that justifies an attribute.
type Cue struct {
	Cue     string       `json:"cue"`
	Span    segment.Span `json:"span"`
	Negated bool         `json:"negated"`
}
