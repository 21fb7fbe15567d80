package pplint.rules.rights["deletion-restricted_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.rights["deletion-restricted"] as rule

_claim(kind, attrs) := t.claim("deletion", kind, attrs)

test_fail_refusal if {
	r := rule.report with input as t.input_with([_claim("restricted", {"restricted": t.cue("不予删除", 20, 24, false)})])
	count(r) == 1
	some f in r
	f.rule_id == "deletion-restricted"
	f.level == "error"
	f.location == t.span(20, 24)
	contains(f.message.zh, "不予删除")
	f.message.en != ""
}

test_fail_fee_condition if {
	r := rule.report with input as t.input_with([_claim("restricted", {"condition": t.cue("支付人工处理费", 5, 12, false)})])
	{f.message.zh | some f in r} == {"对删除请求设置了不合理的条件（“支付人工处理费”）：删除个人信息的请求不得附加付费、公证、审批等不合理条件。"}
}

test_success_statutory_exception if {
	r := rule.report with input as t.input_with([_claim("exception", {"exception": t.cue("无法删除", 20, 24, false)})])
	count(r) == 0
}

test_success_deletion_offered if {
	r := rule.report with input as t.input_with([_claim("offered", {"offered": t.cue("申请删除", 3, 7, false)})])
	count(r) == 0
}

test_success_negated if {
	c := object.union(_claim("restricted", {"restricted": t.cue("不予删除", 3, 7, true)}), {"negated": true})
	r := rule.report with input as t.input_with([c])
	count(r) == 0
}
