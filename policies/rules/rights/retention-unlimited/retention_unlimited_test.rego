package pplint.rules.rights["retention-unlimited_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.rights["retention-unlimited"] as rule

test_fail_permanent if {
	r := rule.report with input as t.input_with([t.claim("retention", "unlimited", {"unlimited": t.cue("永久", 4, 6, false)})])
	count(r) == 1
	some f in r
	f.rule_id == "retention-unlimited"
	f.level == "error"
	f.location == t.span(4, 6)
	contains(f.message.zh, "永久")
	f.message.en != ""
}

test_fail_survives_cancellation if {
	r := rule.report with input as t.input_with([t.claim("retention", "unlimited", {"survives": t.cue("注销后仍将保留", 1, 8, false)})])
	{f.location | some f in r} == {t.span(1, 8)}
}

test_fail_long_term_is_warning if {
	r := rule.report with input as t.input_with([t.claim("retention", "long", {"long": t.cue("长期", 8, 10, false)})])
	{f.level | some f in r} == {"warning"}
}

test_success_negated if {
	c := object.union(t.claim("retention", "unlimited", {"unlimited": t.cue("永久", 5, 7, true)}), {"negated": true})
	r := rule.report with input as t.input_with([c])
	count(r) == 0
}

test_success_bounded if {
	r := rule.report with input as t.input_with([t.claim("retention", "bounded", {"period": t.cue("三年", 5, 7, false)})])
	count(r) == 0
}

test_success_heading if {
	r := rule.report with input as t.input_with([t.heading("retention", 1, 8)])
	count(r) == 0
}

test_success_grant_already_reports_it if {
	cue := t.cue("永久", 14, 16, false)
	r := rule.report with input as t.input_with([
		t.grant("user_to_processor", "personal_info", {"unlimited_term": cue}),
		t.claim("retention", "unlimited", {"unlimited": cue}),
	])
	count(r) == 0
}

test_fail_software_grant_does_not_hide_retention if {
	cue := t.cue("永久", 14, 16, false)
	r := rule.report with input as t.input_with([
		t.grant("user_to_processor", "software", {"unlimited_term": cue}),
		t.claim("retention", "unlimited", {"unlimited": cue}),
	])
	count(r) == 1
}
