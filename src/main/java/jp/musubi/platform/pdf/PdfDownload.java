package jp.musubi.platform.pdf;

/**
 * A rendered document and the name it is saved under; {@code platform.web.PdfResponse}
 * sends it.
 */
public record PdfDownload(String filename, byte[] content) {

}
