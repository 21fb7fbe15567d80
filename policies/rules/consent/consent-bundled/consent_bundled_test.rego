package pplint.rules.consent["consent-bundled_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.consent["consent-bundled"] as rule

_refusal(attrs) := t.claim_at("consent", "refusal", 1, object.union(
	{"refusal": t.attr("不同意", 1), "blocks": t.attr("无法使用", 1), "whole_service": t.attr("无法使用", 1)},
	attrs,
))

_run(pi, claims) := r if {
	r := rule.report with input as t.doc("privacy_notice", pi, t.paragraphs(3, ""), claims)
}

test_fail_refusing_authorisation_blocks_service if {
	r := _run(true, [_refusal({"authorization": t.attr("授权书", 1)})])
	count(r) == 1
	some f in r
	f.rule_id == "consent-bundled"
	f.level == "error"
	f.location == t.line_span(2, 2, 4)
	contains(f.message.zh, "无法使用")
}

test_fail_refusing_information_blocks_service if {
	c := object.union(_refusal({}), {"categories": ["contacts", "location_coarse"]})
	r := _run(true, [c])
	{f.level | some f in r} == {"error"}
}

test_fail_closing_formula_is_warning if {
	r := _run(true, [_refusal({"policy": t.attr("本政策", 1), "advice": t.attr("请停止使用", 1)})])
	{f.level | some f in r} == {"warning"}
}

test_fail_bundled_consent if {
	r := _run(true, [t.claim_at("consent", "bundled", 1, {"cue": t.attr("一并同意", 1)})])
	count(r) == 1
}

test_success_scoped_to_function if {
	r := _run(true, [_refusal({"authorization": t.attr("授权", 1), "function_only": t.attr("不影响", 1)})])
	count(r) == 0
}

test_success_necessity_stated if {
	r := _run(true, [_refusal({"policy": t.attr("本政策", 1), "necessary": t.attr("所必需", 1)})])
	count(r) == 0
}

test_success_required_by_law if {
	r := _run(true, [_refusal({"authorization": t.attr("授权", 1), "legal_duty": t.attr("实名制", 1)})])
	count(r) == 0
}

test_fail_all_or_nothing_terms_is_warning if {
	r := _run(true, [_refusal({"terms": t.attr("协议", 1), "requirement": t.attr("只有完全同意", 1)})])
	{f.level | some f in r} == {"warning"}
}

test_fail_refusing_notice_is_warning if {
	r := _run(true, [_refusal({"policy": t.attr("本政策", 1)})])
	{f.level | some f in r} == {"warning"}
}

test_fail_optional_processing_as_condition_is_error if {
	r := _run(true, [_refusal({"terms": t.attr("协议", 1), "optional": t.attr("个性化推荐", 1)})])
	{f.level | some f in r} == {"error"}
}

test_success_terms_without_processing if {
	r := _run(false, [_refusal({"terms": t.attr("条款", 1)})])
	count(r) == 0
}

test_success_no_object if {
	r := _run(true, [_refusal({})])
	count(r) == 0
}

test_success_no_personal_information if {
	r := _run(false, [_refusal({"policy": t.attr("本政策", 1)})])
	count(r) == 0
}

test_fail_terms_that_incorporate_the_privacy_notice if {
	inc := t.claim_at("consent", "incorporation", 2, {"cue": t.attr("隐私政策是本协议的组成部分", 2)})
	r := _run(false, [_refusal({"terms": t.attr("协议", 1), "advice": t.attr("请停止使用", 1)}), inc])
	{f.level | some f in r} == {"warning"}
}

test_fail_closing_formula_with_implicit_object if {
	r := _run(true, [_refusal({"advice": t.attr("请停止使用", 1)})])
	{f.level | some f in r} == {"warning"}
}
