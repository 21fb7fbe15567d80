package pplint.rules.sharing["automated-decision-optout-missing_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.sharing["automated-decision-optout-missing"] as rule

_adm(kind, extra) := t.claim("automated_decision", kind, object.union({"cue": t.cue("用户画像", 20, 24, false)}, extra))

_later(claim) := object.union(claim, {"span": {"start": {"offset": 300, "line": 5, "col": 1}, "end": {"offset": 330, "line": 5, "col": 11}}})

test_fail_profiling_without_switch if {
	r := rule.report with input as t.notice_with([_adm("profiling", {}), _later(_adm("recommendation", {}))])
	count(r) == 1
	some f in r
	f.rule_id == "automated-decision-optout-missing"
	f.level == "warning"
	f.location == t.span(20, 24)
	contains(f.message.zh, "关闭")
}

test_fail_switch_that_cannot_be_used if {
	r := rule.report with input as t.notice_with([_adm("recommendation", {"optout": t.cue("关闭", 30, 32, true)})])
	count(r) == 1
}

test_fail_differential_pricing if {
	r := rule.report with input as t.notice_with([_adm("pricing", {"cue": t.cue("差异化价格", 20, 25, false)}), _adm("recommendation", {"optout": t.cue("关闭", 30, 32, false)})])
	{f.level | some f in r} == {"error"}
}

test_fail_no_human_review if {
	r := rule.report with input as t.notice_with([_adm("decision", {"no_review": t.cue("恕不提供人工", 30, 36, false)})])
	{f.level | some f in r} == {"warning"}
}

test_success_switch_offered_elsewhere if {
	r := rule.report with input as t.notice_with([_adm("profiling", {}), _later(_adm("recommendation", {"optout": t.cue("关闭", 30, 32, false)}))])
	count(r) == 0
}

test_success_denied if {
	r := rule.report with input as t.notice_with([t.denied(_adm("recommendation", {})), t.denied(_adm("pricing", {}))])
	count(r) == 0
}

test_success_automated_decision_is_not_personalisation if {
	r := rule.report with input as t.notice_with([_adm("decision", {})])
	count(r) == 0
}
