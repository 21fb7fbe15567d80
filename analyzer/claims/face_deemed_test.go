package claims

import "testing"

// Refusing or failing the face check, and being treated as someone else
// for it (视作未成年人), makes the face check the only way: the check may be
// named in the sentence before, in the same paragraph.
func TestFaceRefusalDeemed(t *testing.T) {
	t.Parallel()
	checkFlags(t, "游戏防沉迷规则", "face_verification", faceReported, `
		+系统会要求玩家进行人脸识别核验。若玩家拒绝核验或核验结果不一致，我们将一律视为未满十二周岁的用户。
		+为确认年龄，我们会发起刷脸验证。未通过验证的账号，平台统一按未成年人账号处理，限制其游戏时长。
		+人脸比对不符或用户不同意比对的，将被认定为未成年用户。
		我们会发起人脸识别验证。如您不便刷脸，也可以通过上传身份证件照片进行人工审核。
		我们可能发起人脸识别验证。本人同意后，相关结果仅用于防沉迷判断。
	`)
}
