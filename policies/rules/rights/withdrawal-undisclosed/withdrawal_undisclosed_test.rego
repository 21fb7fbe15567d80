package pplint.rules.rights["withdrawal-undisclosed_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.rights["withdrawal-undisclosed"] as rule

test_fail_no_withdrawal if {
	r := rule.report with input as t.notice_with([t.claim("rights", "procedure", {"access": t.cue("查阅", 3, 5, false)})])
	count(r) == 1
	some f in r
	f.rule_id == "withdrawal-undisclosed"
	f.level == "warning"
	f.location == t.span(1, 5)
	contains(f.message.zh, "撤回同意")
	f.message.en != ""
}

test_fail_points_at_rights_section if {
	r := rule.report with input as t.notice_with([t.heading("withdrawal", 3, 9)])
	{f.location | some f in r} == {t.span(3, 9)}
}

test_fail_only_effect_sentence if {
	r := rule.report with input as t.notice_with([t.claim("withdrawal", "effect", {"withdraw": t.cue("撤回", 1, 3, false)})])
	count(r) == 1
}

test_success_withdrawal_offered if {
	r := rule.report with input as t.notice_with([t.claim("withdrawal", "offered", {"switch": t.cue("关闭位置权限", 8, 14, false)})])
	count(r) == 0
}

test_success_user_agreement if {
	r := rule.report with input as t.document_with("user_agreement", true, [])
	count(r) == 0
}

test_success_no_personal_information if {
	r := rule.report with input as t.document_with("privacy_notice", false, [])
	count(r) == 0
}

test_fail_only_feature_switches if {
	cookie := t.claim("withdrawal", "offered", {"switch": t.cue("禁用Cookie", 8, 16, false), "feature": t.cue("禁用Cookie", 8, 16, false)})
	unsubscribe := t.claim("withdrawal", "offered", {"switch": t.cue("退订", 20, 22, false), "feature": t.cue("退订", 20, 22, false)})
	r := rule.report with input as t.notice_with([cookie, unsubscribe])
	count(r) == 1
}

test_success_feature_switch_and_general_withdrawal if {
	cookie := t.claim("withdrawal", "offered", {"switch": t.cue("禁用Cookie", 8, 16, false), "feature": t.cue("禁用Cookie", 8, 16, false)})
	general := t.claim("withdrawal", "offered", {"withdraw": t.cue("撤回", 30, 32, false)})
	r := rule.report with input as t.notice_with([cookie, general])
	count(r) == 0
}

test_fail_bare_right_alone if {
	bare := t.claim_at("withdrawal", "announced", 1, {"withdraw": t.attr("撤回", 1)})
	r := rule.report with input as t.doc("privacy_notice", true, t.paragraphs(3, "六、您的权利"), [bare])
	count(r) == 1
}

test_success_bare_right_with_procedure_in_section if {
	bare := t.claim_at("withdrawal", "announced", 1, {"withdraw": t.attr("撤回", 1)})
	way := t.claim_at("rights", "procedure", 2, {"access": t.attr("查询", 2), "channel": t.attr("联系方式", 2)})
	r := rule.report with input as t.doc("privacy_notice", true, t.paragraphs(3, "六、您的权利"), [bare, way])
	count(r) == 0
}

test_fail_bare_right_with_procedure_elsewhere if {
	bare := t.claim_at("withdrawal", "announced", 0, {"withdraw": t.attr("撤回", 0)})
	way := t.claim_at("rights", "procedure", 1, {"access": t.attr("查询", 1), "channel": t.attr("联系方式", 1)})
	sentences := [t.sentence(0, 0, "六、您的权利", "paragraph"), t.sentence(1, 1, "九、联系我们", "paragraph")]
	r := rule.report with input as t.doc("privacy_notice", true, sentences, [bare, way])
	count(r) == 1
}
