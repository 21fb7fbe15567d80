package pplint.rules.grants["grant-irrevocable_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.grants["grant-irrevocable"] as rule

_attrs(negated) := {"irrevocable": t.cue("不可撤销", 3, 7, negated)}

test_fail_personal_info_is_error if {
	r := rule.report with input as t.input_with([t.grant("user_to_processor", "personal_info", _attrs(false))])
	count(r) == 1
	some f in r
	f.rule_id == "grant-irrevocable"
	f.level == "error"
	f.location == t.span(3, 7)
	contains(f.message.zh, "不可撤销")
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

# Sentence-level tests: pplint.claims runs the production parser and claim
# extractor on the text, so these check the rule and the extraction together.

test_fail_sentence_face_information if {
	r := rule.report with input as pplint.claims("本人不可撤销地授权贵公司及其合作机构查询、保存本人的人脸信息。")
	{[f.rule_id, f.level] | some f in r} == {["grant-irrevocable", "error"]}
}

test_success_sentence_withdrawable if {
	r := rule.report with input as pplint.claims("您可以随时通过“设置—隐私—授权管理”撤回本授权，撤回后我们将停止相关处理。")
	count(r) == 0
}

test_success_sentence_payment_instruction if {
	r := rule.report with input as pplint.claims("本人不可撤销地授权贵公司从本人账户扣款，用于支付本合同项下的服务费。")
	count(r) == 0
}

# A lead-in ending in "：" takes its object from the items after it.
test_fail_document_lead_in_items if {
	r := rule.report with input as pplint.claims("# 信息授权\n\n本人不可撤销地授权丙公司及其合作机构：\n\n1. 核验本人的身份信息；\n2. 读取本人的通讯记录。\n")
	{[f.rule_id, f.location.start.line] | some f in r} == {["grant-irrevocable", 3]}
}

# In a letter whose title names the information, 本授权 is a grant over it.
test_fail_document_reference_in_letter if {
	r := rule.report with input as pplint.input("auth.txt", "征信查询授权书\n\n本人已阅读本授权书。\n本授权为不可撤销之授权。\n")
	{[f.rule_id, f.location.start.line] | some f in r} == {["grant-irrevocable", 4]}
}

test_success_document_payment_letter if {
	r := rule.report with input as pplint.input("auth.txt", "委托代扣授权书\n\n本人不可撤销地授权贵公司从本人银行卡代扣应还款项。\n本授权不可撤销。\n")
	count(r) == 0
}
