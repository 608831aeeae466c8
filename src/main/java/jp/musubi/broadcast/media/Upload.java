package jp.musubi.broadcast.media;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file as it arrived: its bytes (already on disk for a multipart upload), the size the
 * client declared and the name it gave, which is kept for nobody but the uploader.
 */
public interface Upload {

	long size();

	InputStream open() throws IOException;

}
