package jp.musubi.broadcast.media.web;

import java.io.IOException;
import java.io.InputStream;

import jp.musubi.broadcast.media.Upload;

import org.springframework.web.multipart.MultipartFile;

/** A multipart file as an upload: Tomcat has already written it to disk. */
record MultipartUpload(MultipartFile file) implements Upload {

	static MultipartUpload of(MultipartFile file) {
		return (file == null) ? null : new MultipartUpload(file);
	}

	@Override
	public long size() {
		return this.file.getSize();
	}

	@Override
	public InputStream open() throws IOException {
		return this.file.getInputStream();
	}

}
