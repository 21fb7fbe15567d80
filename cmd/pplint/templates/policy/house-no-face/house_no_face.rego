# METADATA
# title: 收集人脸信息
# description: 公司政策：我们的产品不收集人脸信息；文档中出现收集人脸信息的表述即为违规，须删除或报法务审批。
# custom:
#   id: house-no-face
#   title_en: Face information collected
#   description_en: "House rule: our products never collect face information; a document stating that it does needs legal review."
#   severity: error
#   scope: clause
#   tags: [house-rule, sensitive]
#   legal_basis:
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第二十八条
#       text: 敏感个人信息是一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害或者人身、财产安全受到危害的个人信息，包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息，以及不满十四周岁未成年人的个人信息。
#   fix: 删除收集人脸信息的表述；确需收集的，先报法务审批并取得个人的单独同意。
#   fix_en: Remove the statement; if face information is really needed, get legal approval first and obtain separate consent.
#   examples:
#     bad:
#       - 我们会收集您的人脸信息用于身份验证。
#     good:
#       - 我们不会收集您的人脸信息。
package pplint.custom.house["house-no-face"]

import data.pplint.lib.claims
import data.pplint.lib.result

# METADATA
# title: report
# description: A collection claim, not denied, that names face information.
report contains result.finding(rego.metadata.chain(), claim.span, message) if {
	some claim in claims.of_type("collect")
	not claim.negated
	"face" in claim.categories
	message := {
		"zh": "文档表示收集人脸信息：公司产品不收集人脸信息。",
		"en": "The document says face information is collected: our products never collect it.",
	}
}
