# METADATA
# title: claims
# description: Shared views over the claim input used by several rules.
package pplint.lib.claims

# METADATA
# title: of_type
# description: |
#   The claims of type t, in document order, looked up through
#   input.claims_by_type; an input written by hand without that index is
#   scanned instead.
of_type(t) := [input.claims[i] | some i in input.claims_by_type[t]] if {
	input.claims_by_type
} else := [c | some c in input.claims; c.type == t]

# METADATA
# title: affirmed
# description: The claims of type t that are not denied (我们不会公开披露… is denied), as a set.
affirmed(t) := {c | some c in of_type(t); not c.negated}

# METADATA
# title: grants
# description: |
#   Grants the user makes to the processor over personal information or over
#   user content. Grants to the user, over software/code or payment
#   instructions are out of scope.
grants contains claim if {
	some claim in of_type("grant")
	claim.direction == "user_to_processor"
	claim.object in {"personal_info", "user_content"}
}

# METADATA
# title: grant_level
# description: error for personal information, warning for user content.
grant_level(claim) := "error" if claim.object == "personal_info"

grant_level(claim) := "warning" if claim.object == "user_content"

# METADATA
# title: object_zh
# description: The grant's object in Chinese.
object_zh(claim) := "个人信息" if claim.object == "personal_info"

object_zh(claim) := "用户内容（可能含肖像和个人信息）" if claim.object == "user_content"

# METADATA
# title: object_en
# description: The grant's object in English.
object_en(claim) := "personal information" if claim.object == "personal_info"

object_en(claim) := "user content (which may carry portraits and personal information)" if claim.object == "user_content"

# METADATA
# title: asserted_cue
# description: The attribute named attr of claim, when it is present and not negated.
asserted_cue(claim, attr) := cue if {
	cue := claim.attributes[attr]
	not cue.negated
}
