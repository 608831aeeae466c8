package jp.musubi.broadcast.media.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.broadcast.media.MediaFolder;
import jp.musubi.broadcast.media.Playlists;
import jp.musubi.broadcast.media.SignedLinks;
import jp.musubi.platform.storage.FileStorage;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A media folder's files (playlists, segments, posters, photos) for anyone holding a
 * valid signed token. The page or playlist that handed out the token checked who may
 * watch; here only the signature and the expiry are checked, without the database or a
 * session, so that segments are served nearly as fast as a static file server would.
 */
@Controller
class MediaFilesController {

	/**
	 * A segment never changes once written; the token in its address keeps one viewer's
	 * cached copy from being another's.
	 */
	static final String SEGMENT_CACHE = "max-age=3600, private";

	static final MediaType PLAYLIST = MediaType.parseMediaType("application/vnd.apple.mpegurl");

	private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private final FileStorage storage;

	private final SignedLinks links;

	private final MessageSource messages;

	MediaFilesController(FileStorage storage, SignedLinks links, MessageSource messages) {
		this.storage = storage;
		this.links = links;
		this.messages = messages;
	}

	@GetMapping(MediaFolder.PUBLIC_PATH + "{folder}/{*file}")
	ResponseEntity<?> file(@PathVariable String folder, @PathVariable String file,
			@RequestParam(name = "t", required = false) String token) {
		String name = file.startsWith("/") ? file.substring(1) : file;
		Optional<MediaFolder> mediaFolder = parse(folder);
		if (mediaFolder.isEmpty() || !MediaFolder.isFileName(name)) {
			return refused(HttpStatus.NOT_FOUND, "broadcast.file.error.notFound");
		}
		if (token == null || token.isEmpty()) {
			return refused(HttpStatus.FORBIDDEN, "broadcast.file.error.needsLink");
		}
		if (!this.links.opens(token, mediaFolder.get().storageFolder())) {
			return refused(HttpStatus.FORBIDDEN, "broadcast.file.error.expired");
		}
		String key = mediaFolder.get().key(name);
		if (name.endsWith(".m3u8")) {
			return playlist(mediaFolder.get(), key, name, token);
		}
		return content(key, name);
	}

	private ResponseEntity<?> playlist(MediaFolder folder, String key, String name, String token) {
		Optional<String> text = this.storage.readText(key);
		if (text.isEmpty()) {
			return refused(HttpStatus.NOT_FOUND, "broadcast.file.error.notFound");
		}
		int slash = name.lastIndexOf('/');
		String base = folder.publicPath() + ((slash < 0) ? "" : name.substring(0, slash + 1));
		return ResponseEntity.ok()
			.contentType(PLAYLIST)
			.cacheControl(CacheControl.noCache())
			.body(Playlists.signed(text.get(), base, token));
	}

	private ResponseEntity<?> content(String key, String name) {
		Resource resource;
		Optional<Path> local = this.storage.localPath(key);
		if (local.isPresent()) {
			resource = new FileSystemResource(local.get());
			if (!resource.exists()) {
				return refused(HttpStatus.NOT_FOUND, "broadcast.file.error.notFound");
			}
		}
		else {
			Optional<FileStorage.StoredContent> stored = this.storage.read(key);
			if (stored.isEmpty()) {
				return refused(HttpStatus.NOT_FOUND, "broadcast.file.error.notFound");
			}
			resource = new InputStreamResource(stored.get().stream()) {
				@Override
				public long contentLength() {
					return stored.get().length();
				}
			};
		}
		return ResponseEntity.ok().contentType(type(name)).header("Cache-Control", SEGMENT_CACHE).body(resource);
	}

	static MediaType type(String name) {
		if (name.endsWith(".ts")) {
			return MediaType.parseMediaType("video/mp2t");
		}
		if (name.endsWith(".jpg")) {
			return MediaType.IMAGE_JPEG;
		}
		return MediaType.parseMediaType("video/mp4");
	}

	private static Optional<MediaFolder> parse(String folder) {
		try {
			return Optional.of(new MediaFolder(UUID.fromString(folder)))
				.filter((f) -> f.id().toString().equals(folder));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private ResponseEntity<String> refused(HttpStatus status, String messageKey) {
		return ResponseEntity.status(status)
			.contentType(TEXT)
			.body(this.messages.getMessage(messageKey, null, LocaleContextHolder.getLocale()));
	}

}
