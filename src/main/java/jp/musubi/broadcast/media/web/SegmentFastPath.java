package jp.musubi.broadcast.media.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.broadcast.media.MediaFolder;
import jp.musubi.broadcast.media.SignedLinks;
import jp.musubi.platform.storage.FileStorage;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves a media segment with a valid token before any other filter runs: no session, no
 * security chain, no handler lookup, and on local storage the file goes out by Tomcat's
 * sendfile, the kernel copying it straight to the socket as nginx does. Segments are
 * nearly all of a viewer's requests, so this is what decides how many viewers a node
 * carries (bench/hls.sh). Anything else (playlists, which are rewritten; a range request;
 * a missing, expired or forged token; S3 storage) goes on to
 * {@link MediaFilesController}, which answers it in full, refusals included.
 */
class SegmentFastPath extends OncePerRequestFilter {

	private static final String SENDFILE_SUPPORT = "org.apache.tomcat.sendfile.support";

	private static final String SENDFILE_FILENAME = "org.apache.tomcat.sendfile.filename";

	private static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";

	private static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";

	private final FileStorage storage;

	private final SignedLinks links;

	SegmentFastPath(FileStorage storage, SignedLinks links) {
		this.storage = storage;
		this.links = links;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Path> file = servable(request);
		if (file.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long length = Files.size(file.get());
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(MediaFilesController.type(file.get().getFileName().toString()).toString());
		response.setContentLengthLong(length);
		response.setHeader("Cache-Control", MediaFilesController.SEGMENT_CACHE);
		response.setHeader("X-Content-Type-Options", "nosniff");
		if ("HEAD".equals(request.getMethod())) {
			return;
		}
		if (Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORT))) {
			request.setAttribute(SENDFILE_FILENAME, file.get().toAbsolutePath().toString());
			request.setAttribute(SENDFILE_START, 0L);
			request.setAttribute(SENDFILE_END, length);
			return;
		}
		try (OutputStream out = response.getOutputStream()) {
			Files.copy(file.get(), out);
		}
	}

	/** The local file to send, when the request is a plain one this path can answer. */
	private Optional<Path> servable(HttpServletRequest request) {
		String method = request.getMethod();
		if (!("GET".equals(method) || "HEAD".equals(method)) || request.getHeader("Range") != null) {
			return Optional.empty();
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith(MediaFolder.PUBLIC_PATH) || path.endsWith(".m3u8")) {
			return Optional.empty();
		}
		String rest = path.substring(MediaFolder.PUBLIC_PATH.length());
		int slash = rest.indexOf('/');
		if (slash != 36) {
			return Optional.empty();
		}
		MediaFolder folder;
		try {
			folder = new MediaFolder(UUID.fromString(rest.substring(0, slash)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		String name = rest.substring(slash + 1);
		if (!folder.id().toString().equals(rest.substring(0, slash)) || !MediaFolder.isFileName(name)
				|| !this.links.opens(request.getParameter("t"), folder.storageFolder())) {
			return Optional.empty();
		}
		return this.storage.localPath(folder.key(name)).filter(Files::isRegularFile);
	}

}
