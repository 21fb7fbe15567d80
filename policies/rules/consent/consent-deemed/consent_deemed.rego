# METADATA
# title: 以使用行为推定同意
# description: 条款把继续使用、访问、下载、注册、点击注册或登录、提供信息或沉默（未提出异议）视为对处理个人信息（或含处理条款、并入隐私政策的协议）的同意；同意应当由个人在充分知情的前提下自愿、明确作出。关于日后修改政策的“继续使用即视为同意”属于 policy-change-unilateral。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/consent/consent-deemed/README.md
# custom:
#   id: consent-deemed
#   title_en: Consent deemed from use or silence
#   description_en: The clause treats continued use, access, download, registration, a click on sign-up or log-in, providing information or silence (no objection) as consent to processing personal information (or to an agreement that carries processing terms or incorporates the privacy notice); consent must be informed, voluntary and explicit. Deemed acceptance of later changes to the notice is policy-change-unilateral instead.
#   severity: warning
#   scope: clause
#   tags: [consent]
#   legal_basis:
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第十四条第一款
#       text: 基于个人同意处理个人信息的，该同意应当由个人在充分知情的前提下自愿、明确作出。
#     - law: 民法典
#       law_full: 中华人民共和国民法典
#       article: 第一百四十条第二款
#       text: 沉默只有在有法律规定、当事人约定或者符合当事人之间的交易习惯时，才可以视为意思表示。
#   fix: 以明示方式（点击“同意”、主动开启开关）取得同意，不设默认勾选；删除“使用即视为同意”“未提出异议视为同意”等表述。
#   fix_en: Obtain consent through an explicit act (clicking "agree", switching a setting on) with no pre-ticked boxes; delete "use means consent" and "no objection means consent".
package pplint.rules.consent["consent-deemed"]

import data.pplint.lib.claims
import data.pplint.lib.consent as lib
import data.pplint.lib.result

# METADATA
# title: report
# description: |
#   An affirmed deemed consent whose mechanism is passive (use, access,
#   silence), in a document that carries processing terms (acceptance of
#   its terms counts too), and not about later changes to the notice or a
#   guardian's consent (routed to their own rules).
report contains result.fail(rego.metadata.chain(), cue.span, "warning", message) if {
	_applies
	some c in lib.affirmed("consent")
	c.kind == "deemed"
	lib.has_cue(c, "passive")
	not _about_change(c)
	not _about_guardian(c)
	cue := c.attributes.cue
	message := {
		"zh": sprintf("以“%s”等使用行为或沉默推定个人同意（“%s”）：同意应当由个人在充分知情的前提下自愿、明确作出。", [c.attributes.passive.cue, cue.cue]),
		"en": sprintf("Consent is inferred from use or silence (“%s” … “%s”): consent must be informed, voluntary and explicit.", [c.attributes.passive.cue, cue.cue]),
	}
}

# METADATA
# title: _about_change
# description: The same sentence deems acceptance of a change to the notice (policy-change-unilateral).
_about_change(c) if {
	some p in claims.of_type("policy_change")
	p.sentence == c.sentence
	p.attributes.deemed_acceptance
}

# METADATA
# title: _about_guardian
# description: The same sentence deems a guardian's consent given (minor-guardian-consent-missing).
_about_guardian(c) if {
	some m in claims.of_type("minor")
	m.sentence == c.sentence
	m.attributes.deemed_guardian
}

# METADATA
# title: _applies
# description: The document carries processing terms or incorporates a privacy notice.
_applies if lib.processing

_applies if {
	some c in lib.affirmed("consent")
	c.kind == "incorporation"
}
