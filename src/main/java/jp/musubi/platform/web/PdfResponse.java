package jp.musubi.platform.web;

import jp.musubi.platform.pdf.PdfDownload;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A rendered document sent the same way from a page and from the API: as a download, so
 * that a browser keeps the file the reader asked for instead of replacing the page with
 * it.
 */
public final class PdfResponse {

	private PdfResponse() {
	}

	public static ResponseEntity<byte[]> of(PdfDownload document) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.filename()).build().toString())
			.body(document.content());
	}

}
