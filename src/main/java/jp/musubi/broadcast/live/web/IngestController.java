package jp.musubi.broadcast.live.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.broadcast.live.LiveIngest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where an encoder pushes a live broadcast. The stream key in the address is the
 * credential: no session, no CSRF token (ffmpeg has neither), and a wrong key is refused
 * with 403 and logged.
 */
@RestController
class IngestController {

	static final String PATH = "/broadcast/ingest/";

	private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private final LiveIngest ingest;

	private final MessageSource messages;

	IngestController(LiveIngest ingest, MessageSource messages) {
		this.ingest = ingest;
		this.messages = messages;
	}

	@PutMapping(PATH + "{streamKey}/{name}")
	ResponseEntity<Void> put(@PathVariable String streamKey, @PathVariable String name, HttpServletRequest request)
			throws IOException {
		this.ingest.accept(streamKey, name, request.getInputStream(), request.getRemoteAddr());
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(LiveIngest.WrongStreamKey.class)
	ResponseEntity<String> wrongKey() {
		return text(HttpStatus.FORBIDDEN, "broadcast.live.error.wrongKey");
	}

	@ExceptionHandler(LiveIngest.IngestRefused.class)
	ResponseEntity<String> refused(LiveIngest.IngestRefused ex) {
		return text(HttpStatus.BAD_REQUEST, ex.messageKey());
	}

	private ResponseEntity<String> text(HttpStatus status, String key) {
		return ResponseEntity.status(status)
			.contentType(TEXT)
			.body(this.messages.getMessage(key, null, LocaleContextHolder.getLocale()) + "\n");
	}

}
