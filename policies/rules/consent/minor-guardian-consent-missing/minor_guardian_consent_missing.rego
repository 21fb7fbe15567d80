# METADATA
# title: 未取得监护人同意处理未成年人信息
# description: 文件面向或提及不满十四周岁的儿童（或未成年人），却没有要求取得其父母或其他监护人的同意；或者规定儿童可自行同意、注册即视为已取得监护人同意。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/consent/minor-guardian-consent-missing/README.md
# custom:
#   id: minor-guardian-consent-missing
#   title_en: Children's information without guardian consent
#   description_en: The document targets or addresses children under 14 (or minors) but never requires the consent of a parent or other guardian, or lets a child consent alone or deems the guardian's consent given.
#   severity: error
#   scope: document
#   tags: [consent, minors]
#   legal_basis:
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第三十一条
#       text: 个人信息处理者处理不满十四周岁未成年人个人信息的，应当取得未成年人的父母或者其他监护人的同意。个人信息处理者处理不满十四周岁未成年人个人信息的，应当制定专门的个人信息处理规则。
#     - law: 未成年人保护法
#       law_full: 中华人民共和国未成年人保护法
#       article: 第七十二条第一款
#       text: 处理不满十四周岁未成年人个人信息的，应当征得未成年人的父母或者其他监护人同意，但法律、行政法规另有规定的除外。
#     - law: 人脸规定
#       law_full: 最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定
#       article: 第三条
#       text: 人民法院认定信息处理者承担侵害自然人人格权益的民事责任，应当适用民法典第九百九十八条的规定，并结合案件具体情况综合考量受害人是否为未成年人、告知同意情况以及信息处理的必要程度等因素。
#   fix: 制定专门的《儿童个人信息保护规则》；在收集不满十四周岁儿童的个人信息前，以可验证的方式取得其父母或其他监护人的同意；删除“注册即视为已取得监护人同意”“儿童可自行同意”等条款。
#   fix_en: Adopt dedicated rules for children's information; obtain verifiable consent from a parent or other guardian before collecting information of children under 14; delete clauses deeming guardian consent given or letting children consent alone.
package pplint.rules.consent["minor-guardian-consent-missing"]

import data.pplint.lib.claims
import data.pplint.lib.consent as lib
import data.pplint.lib.result

# METADATA
# title: report
# description: |
#   A clause lets a child consent alone or deems the guardian's consent given,
#   also from the child's own use or click (child_act).
report contains result.fail(rego.metadata.chain(), cue.span, "error", message) if {
	lib.processing
	some c in claims.of_type("minor")
	some name in ["deemed_guardian", "child_act"]
	cue := c.attributes[name]
	not cue.negated
	message := {
		"zh": sprintf("儿童的同意或推定的监护人同意不能代替父母或其他监护人的同意（“%s”）。", [cue.cue]),
		"en": sprintf("A child's own consent, or guardian consent deemed given, does not replace the consent of a parent or guardian (“%s”).", [cue.cue]),
	}
}

# METADATA
# title: report
# description: The document targets or addresses children and requires guardian consent nowhere.
report contains result.fail(rego.metadata.chain(), c.span, "error", message) if {
	lib.processing
	not _guardian
	not _deemed
	cs := {m | some m in lib.affirmed("minor"); _addresses(m)}
	c := lib.first(cs)
	message := {
		"zh": "文件面向或提及儿童（未成年人），但未要求取得其父母或其他监护人的同意。",
		"en": "The document targets or addresses children (minors) but never requires the consent of a parent or other guardian.",
	}
}

# METADATA
# title: _addresses
# description: The minor claim targets children, speaks to a child, collects children's information, or advises minors to seek guardian consent (advice is no requirement).
_addresses(m) if m.kind in {"targets", "addressed"}

_addresses(m) if {
	m.kind == "collects"
	m.attributes.child
}

_addresses(m) if m.attributes.guardian_advised

# METADATA
# title: _guardian
# description: Guardian consent is required somewhere (also in 如发现未取得监护人同意…将删除).
_guardian if {
	some c in claims.of_type("minor")
	c.attributes.guardian_consent
}

_guardian if {
	some c in claims.of_type("consent")
	c.kind == "guardian"
	not c.sentence in _advised
}

# METADATA
# title: _advised
# description: The sentences that only recommend guardian consent (我们建议未成年人…寻求父母的同意).
_advised := {m.sentence | some m in claims.of_type("minor"); m.attributes.guardian_advised}

# METADATA
# title: _deemed
# description: Some clause deems guardian consent given (reported by the clause finding instead).
_deemed if {
	some c in claims.of_type("minor")
	c.attributes.deemed_guardian
}
