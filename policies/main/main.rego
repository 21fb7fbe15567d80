# METADATA
# title: pplint entrypoint
# description: Collects the findings of every rule package under data.pplint.rules.
package pplint.main

# METADATA
# title: report
# description: Every finding of every enabled rule for the current input.
# entrypoint: true
report contains finding if {
	some category, id
	some finding in data.pplint.rules[category][id].report
}
