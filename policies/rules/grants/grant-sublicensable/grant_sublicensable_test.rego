package pplint.rules.grants["grant-sublicensable_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.grants["grant-sublicensable"] as rule

_attrs(negated) := {"sublicensable": t.cue("转授权", 3, 7, negated)}

test_fail_personal_info_is_error if {
	r := rule.report with input as t.input_with([t.grant("user_to_processor", "personal_info", _attrs(false))])
	count(r) == 1
	some f in r
	f.rule_id == "grant-sublicensable"
	f.level == "error"
	f.location == t.span(3, 7)
	contains(f.message.zh, "转授权")
	f.message.en != ""
}

test_fail_user_content_is_warning if {
	r := rule.report with input as t.input_with([t.grant("user_to_processor", "user_content", _attrs(false))])
	{f.level | some f in r} == {"warning"}
}

test_success_negated_cue if {
	r := rule.report with input as t.input_with([t.grant("user_to_processor", "personal_info", _attrs(true))])
	count(r) == 0
}

test_success_grant_to_user if {
	r := rule.report with input as t.input_with([t.grant("processor_to_user", "software", _attrs(false))])
	count(r) == 0
}

test_success_code_licence if {
	r := rule.report with input as t.input_with([t.grant("user_to_processor", "software", _attrs(false))])
	count(r) == 0
}

test_success_payment_instruction if {
	r := rule.report with input as t.input_with([t.grant("user_to_processor", "payment", _attrs(false))])
	count(r) == 0
}

test_success_other_attribute_only if {
	r := rule.report with input as t.input_with([t.grant("user_to_processor", "personal_info", {"other": t.cue("x", 1, 2, false)})])
	count(r) == 0
}

# Sentence-level tests through pplint.claims (production parser and extractor).

test_fail_sentence_sublicence_to_partners if {
	r := rule.report with input as pplint.claims("用户授权平台将其个人信息转授权给平台合作伙伴使用。")
	{f.rule_id | some f in r} == {"grant-sublicensable"}
}

test_success_sentence_negated if {
	r := rule.report with input as pplint.claims("未经您的单独同意，我们不会将您的个人信息转授权给任何第三方。")
	count(r) == 0
}

# Partners receiving the same authorisation as the grantee.
test_fail_sentence_same_scope if {
	r := rule.report with input as pplint.claims("被授权人的合作第三方与被授权人在同等授权范围内处理本人的位置信息。")
	{f.rule_id | some f in r} == {"grant-sublicensable"}
}

test_fail_sentence_onward_grant if {
	r := rule.report with input as pplint.claims("本人同意贵公司授权其关联方及合作机构使用本人的身份信息和联系方式。")
	{f.rule_id | some f in r} == {"grant-sublicensable"}
}

test_success_sentence_entrusted if {
	r := rule.report with input as pplint.claims("我们可能委托授权合作伙伴处理您的个人信息，以便其代表我们为您提供服务。")
	count(r) == 0
}

test_success_sentence_grantees_named_by_the_person if {
	r := rule.report with input as pplint.claims("本人授权贵公司及其合作机构查询本人的征信信息。")
	count(r) == 0
}
