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
}
