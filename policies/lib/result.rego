# METADATA
# title: result
# description: Builds findings from the METADATA of the rule that calls it.
package pplint.lib.result

# METADATA
# title: fail
# description: |
#   A finding of the rule whose metadata chain is given, at span, with level
#   and a message object {"zh": …, "en": …}.
fail(chain, span, level, message) := {
	"rule_id": rule_id(chain),
	"level": level,
	"location": span,
	"message": message,
}

# METADATA
# title: rule_id
# description: The custom.id declared in the nearest METADATA of the chain.
rule_id(chain) := [id | some entry in chain; id := entry.annotations.custom.id][0]

# METADATA
# title: finding
# description: |
#   A finding at span with the severity the rule's METADATA declares
#   (custom.severity, warning when absent) and a message object
#   {"zh": …, "en": …}.
finding(chain, span, message) := fail(chain, span, severity(chain), message)

# METADATA
# title: severity
# description: The custom.severity declared in the nearest METADATA of the chain, else warning.
severity(chain) := level if {
	level := [s | some entry in chain; s := entry.annotations.custom.severity][0]
} else := "warning"
