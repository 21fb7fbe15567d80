package pplint.rules.consent["policy-change-unilateral_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.consent["policy-change-unilateral"] as rule

_change(i, attrs) := t.claim_at("policy_change", "", i, object.union({"change": t.attr("修改", i)}, attrs))

_run(pi, claims) := r if {
	r := rule.report with input as t.doc("privacy_notice", pi, t.paragraphs(4, "八、本政策如何更新"), claims)
}

test_fail_without_notice if {
	r := _run(true, [_change(1, {"unilateral": t.attr("随时", 1), "no_notice": t.attr("无需另行通知", 1)})])
	count(r) == 1
	some f in r
	f.rule_id == "policy-change-unilateral"
	f.level == "warning"
	f.location == t.line_span(2, 2, 4)
	contains(f.message.zh, "无需另行通知")
}

test_fail_continued_use_is_acceptance if {
	r := _run(true, [_change(2, {"deemed_acceptance": t.attr("视为接受", 2)}), _change(1, {"notice": t.attr("公告", 1)})])
	count(r) == 1
	some f in r
	f.location.start.line == 3
}

test_fail_unilateral_change_and_final_interpretation if {
	r := _run(true, [_change(1, {"unilateral": t.attr("单方", 1), "final_interpretation": t.attr("最终解释权", 1)})])
	count(r) == 1
}

test_success_reconsent_promised_in_section if {
	r := _run(true, [_change(2, {"deemed_acceptance": t.attr("视为接受", 2)}), _change(1, {"reconsent": t.attr("重新征得", 1)})])
	count(r) == 0
}

test_success_notice_and_reconsent if {
	r := _run(true, [_change(1, {"notice": t.attr("弹窗", 1), "reconsent": t.attr("重新征得", 1)})])
	count(r) == 0
}

test_success_final_interpretation_alone if {
	r := _run(true, [_change(1, {"final_interpretation": t.attr("最终解释权", 1)})])
	count(r) == 0
}

test_success_no_personal_information if {
	r := _run(false, [_change(1, {"no_notice": t.attr("无需另行通知", 1)})])
	count(r) == 0
}

test_fail_change_at_will if {
	r := _run(true, [_change(1, {"at_will": t.attr("有权随时修改", 1)})])
	count(r) == 1
	some f in r
	contains(f.message.zh, "有权随时修改")
}

test_fail_posted_only_on_page if {
	r := _run(true, [_change(2, {"posted_only": t.attr("发布在本页面", 2)})])
	count(r) == 1
}

test_fail_advance_consent_to_future_versions if {
	r := _run(true, [_change(1, {"advance_consent": t.attr("包括更新版本", 1)}), _change(2, {"notice": t.attr("弹窗", 2)})])
	count(r) == 1
}

test_success_at_will_with_notice_in_document if {
	r := _run(true, [_change(1, {"at_will": t.attr("不时", 1)}), _change(2, {"notice": t.attr("弹窗", 2)})])
	count(r) == 0
}

test_success_posted_with_reconsent if {
	r := _run(true, [_change(1, {"posted_only": t.attr("发布在本页面", 1), "reconsent": t.attr("重新征得", 1)})])
	count(r) == 0
}

test_fail_negated_notice_does_not_count if {
	r := _run(true, [_change(1, {"at_will": t.attr("随时", 1)}), _change(2, {"notice": object.union(t.attr("通知您", 2), {"negated": true})})])
	count(r) == 1
}

test_fail_terms_that_incorporate_the_privacy_notice if {
	inc := t.claim_at("consent", "incorporation", 2, {"cue": t.attr("隐私政策是本协议的组成部分", 2)})
	r := _run(false, [_change(1, {"no_notice": t.attr("恕不另行通知", 1)}), inc])
	count(r) == 1
}

test_fail_at_will_left_to_check_despite_notice_elsewhere if {
	r := _run(true, [
		_change(1, {"at_will": t.attr("保留随时修改", 1), "posted_only": t.attr("请经常查看", 1)}),
		_change(2, {"notice": t.attr("通知", 2), "material": t.attr("重大", 2)}),
	])
	count(r) == 1
	some f in r
	contains(f.message.zh, "保留随时修改")
}

test_success_at_will_posted_and_notified_together if {
	r := _run(true, [_change(1, {
		"at_will": t.attr("随时", 1), "posted_only": t.attr("发布在本页面", 1),
		"notice": t.attr("弹窗", 1),
	})])
	count(r) == 0
}
