# METADATA
# title: sharing
# description: |
#   Shared views over the claims about giving personal information away:
#   provision to third parties, public disclosure, transfer abroad, sale,
#   automated decisions, liability exclusions and face verification.
package pplint.lib.sharing

import data.pplint.lib.claims

# METADATA
# title: in_scope
# description: The document processes personal information (a CLA or an open-source licence does not).
in_scope if input.document.processes_personal_info

# METADATA
# title: affirmed
# description: Claims of the given type that are not denied (我们不会公开披露… is denied).
affirmed(type) := claims.affirmed(type)

# METADATA
# title: stated
# description: Claims of the given type, affirmed or denied.
stated(type) := {c | some c in claims.of_type(type)}

# METADATA
# title: has
# description: The claim carries the attribute, whatever its polarity.
has(claim, attr) if claim.attributes[attr]

# METADATA
# title: holds
# description: The claim carries the attribute and no negator denies it.
holds(claim, attr) if {
	cue := claim.attributes[attr]
	not cue.negated
}

# METADATA
# title: lacks
# description: The claim does not carry the attribute.
lacks(claim, attr) if not has(claim, attr)

# METADATA
# title: excused
# description: |
#   The activity needs no consent or concerns no identifiable person: a
#   statutory exception, a legal duty, or anonymised information.
excused(claim) if has(claim, "exempt")

excused(claim) if has(claim, "legal_duty")

excused(claim) if has(claim, "anonymised")

# METADATA
# title: where
# description: Where a finding about the claim points — the cue named attr, else the sentence.
where(claim, attr) := claim.attributes[attr].span

where(claim, attr) := claim.span if not claim.attributes[attr]

# METADATA
# title: cue
# description: The wording of the cue named attr, or an empty string.
cue(claim, attr) := claim.attributes[attr].cue

cue(claim, attr) := "" if not claim.attributes[attr]

# METADATA
# title: first
# description: The claim of a non-empty set that comes first in the document.
first(set) := claim if {
	some claim in set
	every other in set {
		claim.span.start.offset <= other.span.start.offset
	}
}

# METADATA
# title: consent_follows
# description: |
#   A clause of the given type is followed, within the next two sentences of
#   its section, by a promise of separate consent that names no sensitive
#   category and is not about a new purpose (…可能需要将您的个人信息传输至
#   其他国家。在这种情况下，我们将…征求您的单独同意): the promise is about
#   that provision.
consent_follows(type) if {
	some claim in stated(type)
	followed(claim)
}

# METADATA
# title: followed
# description: The claim is followed, within the next two sentences of its section, by a general promise of separate consent.
followed(claim) if {
	some d in {1, 2}
	input.sentences[claim.sentence + d].section == input.sentences[claim.sentence].section
	(claim.sentence + d) in _general_separate_consents
}

# METADATA
# title: _general_separate_consents
# description: The sentences promising separate (or written) consent that name no sensitive category and no new purpose.
_general_separate_consents contains c.sentence if {
	some c in affirmed("consent")
	c.kind in {"separate", "written"}
	count(object.get(c, "sensitive", [])) == 0
	not c.attributes.purpose_change
}
