# METADATA
# title: pplint entrypoint
# description: |
#   Collects the findings of every built-in rule package under
#   data.pplint.rules and of every custom rule package (pplint check --policy)
#   under data.pplint.custom; both are <namespace>.<category>.<id>.
package pplint.main

# METADATA
# title: report
# description: Every finding of every enabled rule for the current input.
# entrypoint: true
report contains finding if {
	some namespace in {"rules", "custom"}
	some category, id
	some finding in data.pplint[namespace][category][id].report
}
