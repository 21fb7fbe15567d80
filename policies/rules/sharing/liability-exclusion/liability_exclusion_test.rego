package pplint.rules.sharing["liability-exclusion_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.sharing["liability-exclusion"] as rule

_excl(kind, extra) := t.claim("liability_exclusion", kind, object.union({"cue": t.cue("不承担任何责任", 25, 32, false)}, extra))

test_fail_leak_by_hacking if {
	r := rule.report with input as t.input_with([_excl("leak", {"leak": t.cue("泄露", 15, 17, false)})])
	count(r) == 1
	some f in r
	f.rule_id == "liability-exclusion"
	f.level == "error"
	f.location == t.span(25, 32)
	contains(f.message.zh, "泄露")
}

test_fail_force_majeure_leak if {
	r := rule.report with input as t.input_with([_excl("leak", {"force_majeure": t.cue("不可抗力", 3, 7, false)})])
	count(r) == 1
}

test_fail_own_processing if {
	r := rule.report with input as t.input_with([_excl("processing", {"processing": t.cue("行使本条款", 3, 8, false)})])
	{f.level | some f in r} == {"error"}
}

test_fail_third_party_is_warning if {
	r := rule.report with input as t.input_with([_excl("third_party", {"third_party": t.cue("第三方", 3, 6, false)})])
	{f.level | some f in r} == {"warning"}
}

test_success_user_fault if {
	r := rule.report with input as t.input_with([_excl("leak", {"user_fault": t.cue("因您自行", 1, 5, false)})])
	count(r) == 0
}

test_success_fault_carved_back if {
	r := rule.report with input as t.input_with([_excl("leak", {"carve_back": t.cue("过错导致的除外", 30, 37, false)})])
	count(r) == 0
}

test_success_service_interruption if {
	r := rule.report with input as t.input_with([_excl("general", {"force_majeure": t.cue("不可抗力", 2, 6, false)})])
	count(r) == 0
}

test_success_denied if {
	r := rule.report with input as t.input_with([t.denied(_excl("leak", {}))])
	count(r) == 0
}
