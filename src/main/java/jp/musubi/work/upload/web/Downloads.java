package jp.musubi.work.upload.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored upload sent back as a download, never shown inline, whatever it claims to be:
 * a file someone uploaded must not run as a page of this site.
 */
public final class Downloads {

	private Downloads() {
	}

	public static ResponseEntity<InputStreamResource> of(InputStream content, String filename, String contentType,
			long size) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(size)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("X-Original-Content-Type", contentType)
			.body(new InputStreamResource(content));
	}

}
