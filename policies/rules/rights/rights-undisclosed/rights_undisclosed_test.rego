package pplint.rules.rights["rights-undisclosed_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.rights["rights-undisclosed"] as rule

_all := {
	"access": t.cue("查阅", 3, 5, false),
	"correct": t.cue("更正", 6, 8, false),
	"delete": t.cue("删除", 9, 11, false),
	"channel": t.cue("设置", 12, 14, false),
}

test_fail_rights_without_procedure if {
	r := rule.report with input as t.notice_with([t.claim("rights", "declared", object.remove(_all, ["channel"]))])
	count(r) == 1
	some f in r
	f.rule_id == "rights-undisclosed"
	f.level == "warning"
	f.location == t.span(1, 5)
	contains(f.message.zh, "方式和程序")
	f.message.en != ""
}

test_fail_nothing_at_all_points_at_section if {
	r := rule.report with input as t.notice_with([t.heading("rights", 4, 10)])
	{f.location | some f in r} == {t.span(4, 10)}
}

test_fail_deletion_never_mentioned if {
	r := rule.report with input as t.notice_with([t.claim("rights", "procedure", object.remove(_all, ["delete"]))])
	{f.message.zh | some f in r} == {"隐私政策未告知个人如何行使删除权：应当写明该项权利的申请途径和处理时限。"}
}

test_fail_negated_correction if {
	declared := t.claim("rights", "procedure", object.union(_all, {"correct": t.cue("修改", 6, 8, true)}))
	r := rule.report with input as t.notice_with([declared])
	some f in r
	contains(f.message.zh, "更正")
}

test_success_full_procedure if {
	r := rule.report with input as t.notice_with([t.claim("rights", "procedure", _all)])
	count(r) == 0
}

test_success_deletion_offered_elsewhere if {
	r := rule.report with input as t.notice_with([
		t.claim("rights", "procedure", object.remove(_all, ["delete"])),
		t.claim("deletion", "offered", {"offered": t.cue("申请删除", 1, 5, false)}),
	])
	count(r) == 0
}

test_success_user_agreement if {
	r := rule.report with input as t.document_with("user_agreement", true, [])
	count(r) == 0
}

test_fail_only_cancellation_procedure if {
	cancel := t.claim("rights", "procedure", {"cancel": t.cue("注销", 3, 5, false), "channel": t.cue("申请", 6, 8, false)})
	declared := t.claim("rights", "declared", {"access": t.cue("访问", 10, 12, false), "delete": t.cue("删除", 13, 15, false)})
	r := rule.report with input as t.notice_with([cancel, declared])
	count(r) == 1
}
