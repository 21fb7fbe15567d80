# METADATA
# title: 免除个人信息安全责任
# description: 格式条款免除、限制处理者对个人信息泄露、被篡改或其自身处理行为的责任，或要求个人自行承担泄露风险。个人信息安全保护是法定义务，此类条款不合理地免除提供方责任，可被确认无效。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/sharing/liability-exclusion/README.md
# custom:
#   id: liability-exclusion
#   title_en: Exclusion of liability for personal-information security
#   description_en: A form clause excludes or caps the processor's liability for leaks or tampering of personal information or for its own processing, or makes the person bear the risk of a leak. Protecting personal information is a statutory duty, and such clauses unreasonably exempt the drafter and can be declared void.
#   severity: error
#   scope: clause
#   tags: [format-clause, security, liability]
#   legal_basis:
#     - law: 民法典
#       law_full: 中华人民共和国民法典
#       article: 第四百九十七条
#       text: 有下列情形之一的，该格式条款无效：……（二）提供格式条款一方不合理地免除或者减轻其责任、加重对方责任、限制对方主要权利；（三）提供格式条款一方排除对方主要权利。
#     - law: 民法典
#       law_full: 中华人民共和国民法典
#       article: 第五百零六条
#       text: 合同中的下列免责条款无效：（一）造成对方人身损害的；（二）因故意或者重大过失造成对方财产损失的。
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第九条
#       text: 个人信息处理者应当对其个人信息处理活动负责，并采取必要措施保障所处理的个人信息的安全。
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第六十九条第一款
#       text: 处理个人信息侵害个人信息权益造成损害，个人信息处理者不能证明自己没有过错的，应当承担损害赔偿等侵权责任。
#   fix: 删除概括性免责条款；改为“我们将依法履行个人信息安全保护义务，因我们的过错造成您损害的，依法承担责任”，仅对不可抗力、用户自身过错等法定或合理情形作出有限的责任划分，并以显著方式提示。
#   fix_en: Delete blanket disclaimers; say instead that the processor performs its statutory duty to protect personal information and is liable by law for harm caused by its fault; allocate responsibility only for force majeure, the user's own fault and similar cases, and flag the clause clearly.
package pplint.rules.sharing["liability-exclusion"]

import data.pplint.lib.result
import data.pplint.lib.sharing

# METADATA
# title: report
# description: |
#   An affirmed exclusion, cap or waiver of liability for leaks of personal
#   information or for the processor's own processing (error), or for
#   personal information handled by third parties (warning), unless the
#   loss is the user's own doing or the processor's fault is carved back.
#   Force majeure does not excuse a leak clause: hacking is within the
#   processor's duty to secure the information.
report contains result.fail(rego.metadata.chain(), sharing.where(claim, "cue"), level, message) if {
	some claim in sharing.affirmed("liability_exclusion")
	level := _levels[claim.kind]
	sharing.lacks(claim, "user_fault")
	sharing.lacks(claim, "carve_back")
	message := {
		"zh": sprintf("条款免除或限制对%s的责任（“%s”）：个人信息安全保护是法定义务，格式条款不合理地免除提供方责任的无效。", [_scope_zh[claim.kind], sharing.cue(claim, "cue")]),
		"en": sprintf("The clause excludes or limits liability for %s (“%s”): protecting personal information is a statutory duty, and a form clause that unreasonably exempts its drafter is void.", [_scope_en[claim.kind], sharing.cue(claim, "cue")]),
	}
}

# METADATA
# title: _levels
# description: The finding's level by the kind of exclusion.
_levels := {"leak": "error", "processing": "error", "third_party": "warning"}

# METADATA
# title: _scope_zh
# description: What the exclusion covers, in Chinese.
_scope_zh := {
	"leak": "个人信息泄露等安全事件",
	"processing": "处理者自身处理个人信息造成的损失",
	"third_party": "第三方处理个人信息造成的损失",
}

# METADATA
# title: _scope_en
# description: What the exclusion covers, in English.
_scope_en := {
	"leak": "leaks and other security incidents involving personal information",
	"processing": "losses caused by the processor's own handling of personal information",
	"third_party": "losses caused by third parties' handling of personal information",
}
