# METADATA
# title: rights
# description: |
#   Shared views for the rules on the person's rights, retention and the
#   notice items of PIPL Art. 17: which documents must disclose them, which
#   claims state something, and where a missing item belongs.
package pplint.lib.rights

import data.pplint.lib.claims

# METADATA
# title: notice
# description: |
#   The document is a privacy notice that processes personal information:
#   the document-scope disclosure rules apply to it. Agreements, authorisation
#   letters and texts that process no personal information (a CLA, an
#   open-source licence) are left alone.
notice if {
	input.document.type == "privacy_notice"
	input.document.processes_personal_info
}

# METADATA
# title: stated
# description: |
#   Claims of type t that state something: not a section heading and not
#   denied.
stated(t) := {c | some c in claims.of_type(t); c.kind != "heading"; not c.negated}

# METADATA
# title: stated_kind
# description: The stated claims of type t and kind k.
stated_kind(t, k) := {claim |
	some claim in stated(t)
	claim.kind == k
}

# METADATA
# title: section
# description: |
#   Where a document-scope finding about type t points: the first heading of
#   the section where the item belongs (二、我们如何存储您的个人信息), skipping
#   table-of-contents entries, or else the document's first line.
section(t) := headings[0].span if {
	headings := [claim |
		some claim in _headings(t)
		not _toc_entry(claim)
	]
	count(headings) > 0
} else := headings[0].span if {
	headings := _headings(t)
	count(headings) > 0
} else := input.document.start

# METADATA
# title: _headings
# description: The heading claims of type t, in document order.
_headings(t) := [claim |
	some claim in claims.of_type(t)
	claim.kind == "heading"
]

# METADATA
# title: _toc_entry
# description: |
#   A heading directly followed by another heading is a table-of-contents
#   entry; the section itself comes later.
_toc_entry(claim) if input.sentences[claim.sentence + 1].kind == "heading"

# METADATA
# title: first_cue
# description: |
#   The first attribute of claim, in the order of names, that is present and
#   not negated.
first_cue(claim, names) := [cue |
	some name in names
	cue := claim.attributes[name]
	not cue.negated
][0]

# METADATA
# title: sensitive_collected
# description: Some affirmed collection names sensitive personal information.
sensitive_collected if {
	some claim in claims.of_type("collect")
	not claim.negated
	count(object.get(claim, "sensitive", [])) > 0
}
