package claims

import "testing"

// TestDeletionDeferredForPeriod: information kept for months or years after
// the person deletes it or cancels the account, with no legal ground, is a
// restriction of deletion; response deadlines, statutory records and denials
// stay silent.
func TestDeletionDeferredForPeriod(t *testing.T) {
	t.Parallel()
	checkFlags(t, "隐私政策", "deletion", restrictionReported, `
		+您注销账号后，我们仍会将您的个人信息保存24个月。
		+在用户删除其账户后的两年内，本公司继续保留该用户的全部个人资料。
		+你删除相关内容后，我们会在六个月内继续存储这些信息，之后再予以销毁。
		+账户注销后一年内，平台将保留你的所有信息，期满后作匿名化处理。
		+我们会在您申请注销账户后18个月保留您的个人信息，超过该期限后予以删除。
		账号注销后，我们将保留您的交易记录三年，期满后删除。
		您注销账户后，我们将在15个工作日内删除您的个人信息。
		注销后，我们将依据法律法规的要求保存您的个人信息6个月。
		我们不会在您注销账号后继续保存您的个人信息超过3个月。
		您的个人信息保存期限为2年，超出后我们将删除。
		您删除照片后，可在回收站中保存30天，期间您可以恢复。
		在您注销账户后，我们将依照《网络安全法》保存您的个人信息6个月。
	`)
}
