package pplint.rules.grants["grant-unlimited-term_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.grants["grant-unlimited-term"] as rule

_attrs(negated) := {"unlimited_term": t.cue("永久", 3, 7, negated)}

test_fail_personal_info_is_error if {
	r := rule.report with input as t.input_with([t.grant("user_to_processor", "personal_info", _attrs(false))])
	count(r) == 1
	some f in r
	f.rule_id == "grant-unlimited-term"
	f.level == "error"
	f.location == t.span(3, 7)
	contains(f.message.zh, "永久")
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

test_fail_sentence_no_time_limit if {
	r := rule.report with input as pplint.claims("您授予我们对您所上传视频的使用许可不受期限限制。")
	{[f.rule_id, f.level] | some f in r} == {["grant-unlimited-term", "warning"]}
}

test_success_sentence_one_year if {
	r := rule.report with input as pplint.claims("本授权有效期一年，期满后我们将删除您的身份信息。")
	count(r) == 0
}
