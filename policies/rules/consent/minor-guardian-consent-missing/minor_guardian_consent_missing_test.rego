package pplint.rules.consent["minor-guardian-consent-missing_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.consent["minor-guardian-consent-missing"] as rule

_minor(i, kind, attrs) := t.claim_at("minor", kind, i, attrs)

_run(pi, claims) := r if {
	r := rule.report with input as t.doc("privacy_notice", pi, t.paragraphs(4, ""), claims)
}

test_fail_targets_children_without_guardian if {
	r := _run(true, [_minor(1, "targets", {"child": t.attr("中小学生", 1), "target": t.attr("面向", 1)})])
	count(r) == 1
	some f in r
	f.rule_id == "minor-guardian-consent-missing"
	f.level == "error"
	f.location == t.line_span(2, 1, 20)
}

test_fail_deemed_guardian_consent if {
	attrs := {"child": t.attr("不满十四周岁", 2), "deemed_guardian": t.attr("视为已取得", 2), "guardian_consent": t.attr("监护人的同意", 2)}
	r := _run(true, [_minor(2, "mention", attrs)])
	count(r) == 1
	some f in r
	f.location == t.line_span(3, 2, 4)
}

test_fail_child_act_deems_consent if {
	attrs := {"child": t.attr("您的孩子", 2), "child_act": t.attr("您的孩子开始使用…都表示您同意", 2), "guardian_consent": t.attr("监护人的同意", 2)}
	r := _run(true, [_minor(2, "mention", attrs)])
	count(r) == 1
}

test_success_child_act_negated if {
	act := object.union(t.attr("孩子使用即表示您同意", 2), {"negated": true})
	attrs := {"child": t.attr("孩子", 2), "child_act": act, "guardian_consent": t.attr("监护人的同意", 2)}
	r := _run(true, [_minor(2, "mention", attrs)])
	count(r) == 0
}

test_fail_addressed_child_without_guardian if {
	r := _run(true, [_minor(1, "addressed", {"child": t.attr("儿童", 1)})])
	count(r) == 1
}

test_success_guardian_consent_required if {
	r := _run(true, [
		_minor(1, "addressed", {"child": t.attr("儿童", 1)}),
		_minor(2, "mention", {"guardian_consent": t.attr("监护人同意", 2), "minor": t.attr("未成年人", 2)}),
	])
	count(r) == 0
}

test_success_guardian_consent_claim if {
	r := _run(true, [_minor(1, "targets", {"child": t.attr("儿童", 1)}), t.claim_at("consent", "guardian", 3, {"cue": t.attr("监护人同意", 3)})])
	count(r) == 0
}

test_success_children_excluded if {
	r := _run(true, [_minor(1, "excluded", {"minor": t.attr("未成年人", 1)})])
	count(r) == 0
}

test_success_mention_only if {
	r := _run(true, [_minor(1, "mention", {"child": t.attr("儿童", 1)})])
	count(r) == 0
}

test_success_no_personal_information if {
	r := _run(false, [_minor(1, "targets", {"child": t.attr("儿童", 1)})])
	count(r) == 0
}

test_fail_guardian_consent_only_advised if {
	advice := _minor(1, "mention", {"minor": t.attr("未成年人", 1), "guardian_advised": t.attr("建议", 1)})
	consent := t.claim_at("consent", "guardian", 1, {"cue": t.attr("监护人的同意", 1)})
	r := _run(true, [advice, consent])
	count(r) == 1
}
