package pplint.custom.house["house-no-face_test"]

import data.pplint.custom.house["house-no-face"] as rule

test_fail_collects_face if {
	r := rule.report with input as pplint.claims("我们会收集您的人脸信息用于身份验证。")
	count(r) == 1
	some f in r
	f.rule_id == "house-no-face"
	f.level == "error"
}

test_success_denies_collecting_face if {
	r := rule.report with input as pplint.claims("我们不会收集您的人脸信息。")
	count(r) == 0
}

test_success_other_information if {
	r := rule.report with input as pplint.claims("我们收集您的手机号码用于注册。")
	count(r) == 0
}
