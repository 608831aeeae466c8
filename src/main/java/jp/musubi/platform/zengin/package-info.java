/**
 * The fixed-length files Japanese banks deliver and accept in the formats of the Japanese
 * Bankers Association (全銀協): reading a bank's notice of incoming transfers (振込入金通知,
 * {@link jp.musubi.platform.zengin.TransferNoticeReader}) to match payments to orders,
 * and writing the file of a bulk transfer (総合振込,
 * {@link jp.musubi.platform.zengin.BulkTransferWriter}) that pays several people at once.
 * Both are Shift_JIS bytes of half-width characters; bad files are refused line by line
 * with {@link jp.musubi.platform.refusal.InputRefused}.
 */
@org.springframework.modulith.NamedInterface("zengin")
package jp.musubi.platform.zengin;
