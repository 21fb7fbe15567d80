# METADATA
# title: 捆绑或强迫同意
# description: 以不同意处理个人信息（或不同意隐私政策、含处理条款的协议、授权书）为由拒绝提供全部服务（“不同意全部条款即不能使用”），或者把对个人信息处理的同意与其他授权或其他文件捆绑在一起一并取得；文中已说明该信息为实现该功能所必需、或拒绝只影响相应功能的除外。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/consent/consent-bundled/README.md
# custom:
#   id: consent-bundled
#   title_en: Bundled or forced consent
#   description_en: Refusing consent to the processing of personal information (or to the privacy notice, an agreement carrying processing terms or an authorisation) costs the whole service (all-or-nothing acceptance), or consent is bundled with other authorisations or documents; not when the text says the information is necessary for that function or the refusal only affects that function.
#   severity: error
#   scope: clause
#   tags: [consent]
#   legal_basis:
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第十六条
#       text: 个人信息处理者不得以个人不同意处理其个人信息或者撤回同意为由，拒绝提供产品或者服务；处理个人信息属于提供产品或者服务所必需的除外。
#     - law: 人脸规定
#       law_full: 最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定
#       article: 第四条
#       text: 有下列情形之一，信息处理者以已征得自然人或者其监护人同意为由抗辩的，人民法院不予支持：（一）信息处理者要求自然人同意处理其人脸信息才提供产品或者服务的，但是处理人脸信息属于提供产品或者服务所必需的除外；（二）信息处理者以与其他授权捆绑等方式要求自然人同意处理其人脸信息的；（三）强迫或者变相强迫自然人同意处理其人脸信息的其他情形。
#   fix: 区分基本功能与扩展功能，分别征求同意；删除“不同意则无法使用全部服务”的表述，改为“拒绝提供××信息仅影响××功能，不影响其他功能的使用”；营销、个性化推荐、敏感个人信息等另行单独征得同意。
#   fix_en: Ask for consent per function, separating basic and optional functions; replace "if you do not agree you cannot use any service" with "refusing X only affects function Y"; obtain separate consent for marketing, personalisation and sensitive information.
package pplint.rules.consent["consent-bundled"]

import data.pplint.lib.consent as lib
import data.pplint.lib.result

# METADATA
# title: report
# description: |
#   Refusing the notice, an authorisation or personal information blocks
#   the whole service, with no statement of necessity or legal duty and no
#   scoping to one function. All-or-nothing acceptance of the notice or
#   agreement (如不同意本协议，请停止使用; 只有同意全部条款才能注册) is a warning.
report contains result.fail(rego.metadata.chain(), cue.span, _level(c), message) if {
	_applies
	some c in lib.affirmed("consent")
	c.kind == "refusal"
	lib.has_cue(c, "whole_service")
	not c.attributes.function_only
	not c.attributes.necessary
	not c.attributes.legal_duty
	_object(c)
	cue := c.attributes.blocks
	message := {
		"zh": sprintf("不同意或拒绝提供个人信息即不能使用服务（“%s”）：不得以个人不同意处理其个人信息为由拒绝提供产品或服务，除非该处理为提供服务所必需。", [cue.cue]),
		"en": sprintf("Refusing consent costs the whole service (“%s”): a processor may not refuse its product or service because the person does not consent, unless the processing is necessary for it.", [cue.cue]),
	}
}

# METADATA
# title: report
# description: Consent bundled with other authorisations (一并同意, 一揽子授权).
report contains result.fail(rego.metadata.chain(), cue.span, "error", message) if {
	_applies
	some c in lib.affirmed("consent")
	c.kind == "bundled"
	not _necessary(c)
	cue := c.attributes.cue
	message := {
		"zh": sprintf("同意被捆绑取得（“%s”）：对个人信息处理的同意应当针对具体事项分别作出，不得与其他授权捆绑。", [cue.cue]),
		"en": sprintf("Consent is bundled (“%s”): consent to processing must be given for each purpose, not bundled with other authorisations.", [cue.cue]),
	}
}

# METADATA
# title: _object
# description: |
#   What is refused concerns personal information: the notice, an
#   authorisation, named information, optional processing (marketing,
#   profiling), or the terms of a document that carries processing terms
#   (all-or-nothing acceptance).
_object(c) if c.attributes.authorization

_object(c) if c.attributes.policy

_object(c) if c.attributes.terms

_object(c) if lib.has_cue(c, "optional")

_object(c) if _disagrees(c)

_object(c) if count(object.get(c, "categories", [])) > 0

# METADATA
# title: _level
# description: |
#   warning for all-or-nothing acceptance of the notice or agreement as a
#   whole; error when named information, an authorisation or optional
#   processing (marketing, profiling) is made a condition.
_level(c) := "warning" if {
	_whole_document(c)
	not c.attributes.authorization
	not lib.has_cue(c, "optional")
	count([x | some x in object.get(c, "categories", []); x != "personal"]) == 0
} else := "error"

# METADATA
# title: _whole_document
# description: What is refused is the notice or the agreement as a whole.
_whole_document(c) if c.attributes.policy

_whole_document(c) if c.attributes.terms

_whole_document(c) if _disagrees(c)

# METADATA
# title: _disagrees
# description: |
#   The closing formula with its object left implicit (如您不同意，请停止使用):
#   disagreeing with the document at hand.
_disagrees(c) if {
	c.attributes.advice
	c.attributes.refusal.cue in {"不同意", "不接受", "有异议", "有任何异议", "不认可", "无法同意", "不能同意", "无法接受", "不能接受"}
}

# METADATA
# title: _necessary
# description: The same sentence states that the processing is necessary.
_necessary(c) if {
	some n in lib.affirmed("necessity")
	n.kind == "necessity"
	n.sentence == c.sentence
}

# METADATA
# title: _applies
# description: The document carries processing terms or incorporates a privacy notice.
_applies if lib.processing

_applies if {
	some c in lib.affirmed("consent")
	c.kind == "incorporation"
}
