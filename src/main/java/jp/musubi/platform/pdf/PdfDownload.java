package jp.musubi.platform.pdf;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A rendered document and the name it is saved under, sent the same way from a page and
 * from the API: as a download, so that a browser keeps the file the reader asked for
 * instead of replacing the page with it.
 */
public record PdfDownload(String filename, byte[] content) {

	public ResponseEntity<byte[]> download() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(this.filename).build().toString())
			.body(this.content);
	}

}
