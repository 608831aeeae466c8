package jp.musubi.work.upload.web;

import jp.musubi.work.upload.IncomingFile;

import org.springframework.web.multipart.MultipartFile;

/** A part of a multipart request as the domain takes a file; none when none was sent. */
public final class IncomingFiles {

	private IncomingFiles() {
	}

	public static IncomingFile of(MultipartFile part) {
		return (part != null) ? new IncomingFile(part.getOriginalFilename(), part.getSize(), part) : null;
	}

}
