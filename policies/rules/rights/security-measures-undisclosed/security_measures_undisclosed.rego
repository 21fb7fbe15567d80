# METADATA
# title: 未说明安全保护措施
# description: 隐私政策没有说明为保护个人信息采取的任何安全措施（加密、去标识化、访问控制、安全审计、应急预案等）。处理敏感个人信息而未说明任何措施的，提升为警告。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/rights/security-measures-undisclosed/README.md
# custom:
#   id: security-measures-undisclosed
#   title_en: Security measures not described
#   description_en: A privacy notice describes no measure that protects personal information (encryption, de-identification, access control, audits, incident response plans). Raised to a warning when sensitive personal information is processed.
#   severity: note
#   scope: document
#   tags: [security, notice]
#   legal_basis:
#     - law: 人脸规定
#       law_full: 最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定
#       article: 第二条（五）
#       text: 未采取应有的技术措施或者其他必要措施确保其收集、存储的人脸信息安全，致使人脸信息泄露、篡改、丢失；
#     - law: 民法典
#       law_full: 中华人民共和国民法典
#       article: 第一千零三十八条
#       text: 信息处理者应当采取技术措施和其他必要措施，确保其收集、存储的个人信息安全，防止信息泄露、篡改、丢失；发生或者可能发生个人信息泄露、篡改、丢失的，应当及时采取补救措施，按照规定告知自然人并向有关主管部门报告。
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第五十一条
#       text: 个人信息处理者应当根据个人信息的处理目的、处理方式、个人信息的种类以及对个人权益的影响、可能存在的安全风险等，采取下列措施确保个人信息处理活动符合法律、行政法规的规定，并防止未经授权的访问以及个人信息泄露、篡改、丢失：（一）制定内部管理制度和操作规程；（二）对个人信息实行分类管理；（三）采取相应的加密、去标识化等安全技术措施；……
#   fix: 概述已采取的管理措施和技术措施（加密、去标识化、访问控制、安全培训、应急预案、事件告知机制），敏感个人信息单独说明其存储与传输保护方式。
#   fix_en: Outline the organisational and technical measures taken (encryption, de-identification, access control, staff training, incident response plans, breach notification), and describe separately how sensitive personal information is protected in storage and transit.
package pplint.rules.rights["security-measures-undisclosed"]

import data.pplint.lib.result
import data.pplint.lib.rights

# METADATA
# title: _level
# description: warning when sensitive personal information is collected, note otherwise.
_level := "warning" if rights.sensitive_collected

else := "note"

# METADATA
# title: report
# description: A privacy notice processing personal information that describes no security measure.
report contains result.fail(rego.metadata.chain(), rights.section("security"), _level, message) if {
	rights.notice
	count(rights.stated("security")) == 0
	message := {
		"zh": "隐私政策未说明为保护个人信息采取的安全措施，如加密、去标识化、访问控制、安全事件应急预案等。",
		"en": "The privacy notice describes no measure that protects personal information, such as encryption, de-identification, access control or an incident response plan.",
	}
}
