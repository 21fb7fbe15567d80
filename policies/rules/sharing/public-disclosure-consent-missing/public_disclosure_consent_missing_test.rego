package pplint.rules.sharing["public-disclosure-consent-missing_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.sharing["public-disclosure-consent-missing"] as rule

_disclose(extra) := t.claim("disclose", "", object.union({"verb": t.cue("公示", 12, 14, false)}, extra))

test_fail_publishes_rule_breakers if {
	r := rule.report with input as t.input_with([_disclose({})])
	count(r) == 1
	some f in r
	f.rule_id == "public-disclosure-consent-missing"
	f.level == "error"
	f.location == t.span(12, 14)
	contains(f.message.zh, "单独同意")
}

test_fail_general_consent_is_not_separate if {
	r := rule.report with input as t.input_with([_disclose({"consent": t.cue("同意", 1, 3, false)})])
	count(r) == 1
}

test_fail_separate_consent_waived if {
	r := rule.report with input as t.input_with([_disclose({"separate_consent": t.cue("另行征得", 20, 24, true)})])
	count(r) == 1
}

test_success_denied if {
	r := rule.report with input as t.input_with([t.denied(_disclose({"separate_consent": t.cue("单独同意", 20, 24, false)}))])
	count(r) == 0
}

test_success_separate_consent if {
	r := rule.report with input as t.input_with([_disclose({"separate_consent": t.cue("单独确认", 2, 6, false)})])
	count(r) == 0
}

test_success_user_initiated if {
	r := rule.report with input as t.input_with([_disclose({"user_initiated": t.cue("您主动", 1, 4, false)})])
	count(r) == 0
}

test_success_legal_duty if {
	r := rule.report with input as t.input_with([_disclose({"legal_duty": t.cue("法律法规规定", 1, 7, false)})])
	count(r) == 0
}

test_success_statutory_exceptions if {
	r := rule.report with input as t.input_with([_disclose({"exempt": t.cue("无需征得", 20, 24, false)})])
	count(r) == 0
}

test_success_deidentified if {
	r := rule.report with input as t.input_with([_disclose({"anonymised": t.cue("脱敏", 20, 22, false)})])
	count(r) == 0
}
