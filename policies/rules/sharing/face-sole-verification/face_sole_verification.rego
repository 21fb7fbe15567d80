# METADATA
# title: 人脸识别作为唯一验证方式
# description: 条款将人脸识别作为进出、登录或身份验证的唯一方式，且全文未提供门禁卡、密码、人工核验等其他合理验证方式。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/sharing/face-sole-verification/README.md
# custom:
#   id: face-sole-verification
#   title_en: Face recognition as the only verification method
#   description_en: The clause makes face recognition the only way to enter, log in or verify identity, and the text offers no other reasonable method such as a key card, a password or a manual check.
#   severity: error
#   scope: clause
#   tags: [face, biometric, consent]
#   legal_basis:
#     - law: 人脸规定
#       law_full: 最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定
#       article: 第十条第一款
#       text: 物业服务企业或者其他建筑物管理人以人脸识别作为业主或者物业使用人出入物业服务区域的唯一验证方式，不同意的业主或者物业使用人请求其提供其他合理验证方式的，人民法院依法予以支持。
#     - law: 人脸规定
#       law_full: 最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定
#       article: 第四条
#       text: 有下列情形之一，信息处理者以已征得自然人或者其监护人同意为由抗辩的，人民法院不予支持：（一）信息处理者要求自然人同意处理其人脸信息才提供产品或者服务的，但是处理人脸信息属于提供产品或者服务所必需的除外；（二）信息处理者以与其他授权捆绑等方式要求自然人同意处理其人脸信息的；（三）强迫或者变相强迫自然人同意处理其人脸信息的其他情形。
#   fix: 增加并明示非人脸识别的替代验证方式（门禁卡、密码、人工核验等），确保其合理、便捷；将人脸识别改为用户自愿选择并单独同意；对不同意者已采集的人脸信息予以删除。
#   fix_en: Add and state a reasonable, convenient alternative to face recognition (key card, password, manual check); make face recognition a voluntary choice with separate consent; delete face data already collected from people who do not agree.
package pplint.rules.sharing["face-sole-verification"]

import data.pplint.lib.result
import data.pplint.lib.sharing

# METADATA
# title: report
# description: |
#   An affirmed clause that makes face recognition the only way in, when no
#   face-verification clause of the document offers an alternative. Warning
#   when the clause cites a legal duty (real-name or anti-money-laundering checks).
report contains result.fail(rego.metadata.chain(), sharing.where(claim, "exclusive"), level, message) if {
	not _alternative_offered
	some claim in sharing.affirmed("face_verification")
	sharing.holds(claim, "exclusive")
	level := _level(claim)
	message := {
		"zh": sprintf("条款将人脸识别作为唯一验证方式（“%s”），全文未提供门禁卡、密码、人工核验等其他合理验证方式。", [sharing.cue(claim, "exclusive")]),
		"en": sprintf("The clause makes face recognition the only way to verify (“%s”), and the text offers no alternative such as a key card, a password or a manual check.", [sharing.cue(claim, "exclusive")]),
	}
}

# METADATA
# title: _alternative_offered
# description: Some face-verification clause offers another way in.
_alternative_offered if {
	some claim in sharing.stated("face_verification")
	sharing.holds(claim, "alternative")
}

# METADATA
# title: _level
# description: warning when the clause cites a legal duty, else error.
_level(claim) := "warning" if sharing.has(claim, "legal_duty")

_level(claim) := "error" if sharing.lacks(claim, "legal_duty")
