package pplint.rules.rights["withdrawal-restricted_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.rights["withdrawal-restricted"] as rule

test_fail_not_withdrawable if {
	r := rule.report with input as t.input_with([t.claim("withdrawal", "restricted", {"restricted": t.cue("不得撤回", 12, 16, false)})])
	count(r) == 1
	some f in r
	f.rule_id == "withdrawal-restricted"
	f.level == "error"
	f.location == t.span(12, 16)
	contains(f.message.zh, "不得撤回")
	f.message.en != ""
}

test_fail_mailed_request if {
	r := rule.report with input as t.input_with([t.claim("withdrawal", "restricted", {"condition": t.cue("邮寄", 14, 16, false)})])
	some f in r
	contains(f.message.zh, "不合理的条件")
}

test_fail_breach if {
	r := rule.report with input as t.input_with([t.claim("withdrawal", "restricted", {"penalty": t.cue("违约", 9, 11, false)})])
	{f.location | some f in r} == {t.span(9, 11)}
}

test_success_withdrawal_offered if {
	r := rule.report with input as t.input_with([t.claim("withdrawal", "offered", {"withdraw": t.cue("撤回", 5, 7, false)})])
	count(r) == 0
}

test_success_no_approval_needed if {
	r := rule.report with input as t.input_with([t.claim("withdrawal", "restricted", {"condition": t.cue("审核", 8, 10, true)})])
	count(r) == 0
}

test_success_irrevocable_grant_left_to_grant_rule if {
	r := rule.report with input as t.input_with([t.grant("user_to_processor", "personal_info", {"irrevocable": t.cue("不可撤销", 3, 7, false)})])
	count(r) == 0
}

test_fail_request_may_go_unanswered if {
	r := rule.report with input as t.input_with([t.claim("withdrawal", "restricted", {"refused": t.cue("不会响应…撤回同意", 3, 20, false)})])
	some f in r
	contains(f.message.zh, "不响应撤回同意")
}

test_success_unanswered_denied if {
	r := rule.report with input as t.input_with([t.claim("withdrawal", "restricted", {"refused": t.cue("无法响应…撤回同意", 3, 20, true)})])
	count(r) == 0
}
