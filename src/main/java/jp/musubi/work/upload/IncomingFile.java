package jp.musubi.work.upload;

import org.springframework.core.io.InputStreamSource;

/**
 * A file someone sent, as the domain reads it: the name it was sent under, its size and
 * its bytes, whichever edge (a form, the API) it came through.
 */
public record IncomingFile(String name, long size, InputStreamSource content) {

	boolean isEmpty() {
		return this.size <= 0;
	}

}
