# METADATA
# title: testing
# description: Builders for hand-written claim inputs used by the policy unit tests.
package pplint.lib.testing

# METADATA
# title: span
# description: A source span on line 1 from column a to column b (offsets in bytes of CJK text).
span(a, b) := {
	"start": {"offset": (a - 1) * 3, "line": 1, "col": a},
	"end": {"offset": (b - 1) * 3, "line": 1, "col": b},
}

# METADATA
# title: cue
# description: An attribute cue with its wording, span and polarity.
cue(text, a, b, negated) := {"cue": text, "span": span(a, b), "negated": negated}

# METADATA
# title: grant
# description: A grant claim with the given direction, object and attributes.
grant(direction, object, attributes) := {
	"type": "grant",
	"sentence": 0,
	"text": "",
	"span": span(1, 40),
	"negated": false,
	"direction": direction,
	"object": object,
	"attributes": attributes,
}

# METADATA
# title: input_with
# description: A policy input holding the given claims.
input_with(claims) := {
	"document": {"path": "t.md", "format": "markdown", "type": "authorization", "title": "", "processes_personal_info": true},
	"sentences": [],
	"claims": claims,
	"claims_by_type": by_type(claims),
}

# METADATA
# title: claim
# description: A claim of the given type and kind with the given attributes.
claim(type, kind, attributes) := {
	"type": type,
	"sentence": 0,
	"text": "",
	"span": span(1, 40),
	"negated": false,
	"conditional": false,
	"kind": kind,
	"attributes": attributes,
}

# METADATA
# title: heading
# description: A heading claim of the given type from column a to b (the section where such a disclosure belongs).
heading(type, a, b) := object.union(claim(type, "heading", {"heading": cue("标题", a, b, false)}), {"span": span(a, b)})

# METADATA
# title: document_with
# description: A policy input of the given document type, processing personal information or not, holding the claims; its first line spans columns 1 to 5.
document_with(type, processes, claims) := {
	"document": {"path": "t.md", "format": "markdown", "type": type, "title": "", "start": span(1, 5), "processes_personal_info": processes},
	"sentences": [],
	"claims": claims,
	"claims_by_type": by_type(claims),
}

# METADATA
# title: notice_with
# description: A privacy notice that processes personal information, holding the given claims.
notice_with(claims) := document_with("privacy_notice", true, claims)

# METADATA
# title: line_span
# description: A source span on the given line from column a to column b.
line_span(line, a, b) := {
	"start": {"offset": (line * 100) + ((a - 1) * 3), "line": line, "col": a},
	"end": {"offset": (line * 100) + ((b - 1) * 3), "line": line, "col": b},
}

# METADATA
# title: claim_at
# description: A claim of the given type and kind on sentence i (line i+1) with attributes; set negated, categories or sensitive with object.union.
claim_at(type, kind, i, attributes) := {
	"type": type,
	"kind": kind,
	"sentence": i,
	"text": "",
	"span": line_span(i + 1, 1, 20),
	"negated": false,
	"conditional": false,
	"attributes": attributes,
}

# METADATA
# title: attr
# description: An affirmed attribute cue on sentence i (line i+1).
attr(text, i) := {"cue": text, "span": line_span(i + 1, 2, 4), "negated": false}

# METADATA
# title: sentence
# description: Sentence i (line i+1) in block b under the heading section, of block kind k (a heading's text is section).
sentence(i, b, section, k) := {"index": i, "text": _text(section, k), "span": line_span(i + 1, 1, 20), "kind": k, "section": section, "block": b}

# METADATA
# title: _text
# description: The text of a test sentence (its section for a heading, empty otherwise).
_text(section, "heading") := section

_text(_, k) := "" if k != "heading"

# METADATA
# title: doc
# description: A policy input of document type typ (processing personal information when pi) with sentences and claims.
doc(typ, pi, sentences, claims) := {
	"document": {
		"path": "t.md", "format": "markdown", "type": typ, "title": "",
		"start": line_span(1, 1, 5), "processes_personal_info": pi,
	},
	"sentences": sentences,
	"claims": claims,
	"claims_by_type": by_type(claims),
}

# METADATA
# title: paragraphs
# description: n sentences, each its own paragraph block, under one section heading text.
paragraphs(n, section) := [sentence(i, i, section, "paragraph") | some i in numbers.range(0, n - 1)]

# METADATA
# title: denied
# description: The claim, negated (我们不会…).
denied(claim) := object.union(claim, {"negated": true})

# METADATA
# title: licence_with
# description: A document that processes no personal information (an open-source licence) holding the given claims.
licence_with(claims) := document_with("other", false, claims)

# METADATA
# title: by_type
# description: The claims_by_type index of a list of claims, as the analyzer builds it.
by_type(claims) := {t: [i | some i, c in claims; c.type == t] | some t in {c.type | some c in claims}}
