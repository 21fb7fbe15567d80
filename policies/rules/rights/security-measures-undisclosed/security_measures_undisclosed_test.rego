package pplint.rules.rights["security-measures-undisclosed_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.rights["security-measures-undisclosed"] as rule

test_fail_no_measure if {
	r := rule.report with input as t.notice_with([t.heading("security", 3, 12)])
	count(r) == 1
	some f in r
	f.rule_id == "security-measures-undisclosed"
	f.level == "note"
	f.location == t.span(3, 12)
	contains(f.message.zh, "安全措施")
	f.message.en != ""
}

test_fail_sensitive_is_warning if {
	face := object.union(t.claim("collect", "", {}), {"categories": ["face"], "sensitive": ["face"]})
	r := rule.report with input as t.notice_with([face])
	{f.level | some f in r} == {"warning"}
}

test_success_encryption if {
	r := rule.report with input as t.notice_with([t.claim("security", "measure", {"encryption": t.cue("加密", 4, 6, false)})])
	count(r) == 0
}

test_success_open_source_licence if {
	r := rule.report with input as t.document_with("other", false, [])
	count(r) == 0
}
