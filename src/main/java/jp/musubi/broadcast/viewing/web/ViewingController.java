package jp.musubi.broadcast.viewing.web;

import java.util.UUID;

import jp.musubi.broadcast.viewing.ViewerArea;
import jp.musubi.broadcast.viewing.Viewings;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Where the player says how long it has been watched; the signed token is the key. */
@RestController
class ViewingController {

	private final Viewings viewings;

	ViewingController(Viewings viewings) {
		this.viewings = viewings;
	}

	@PostMapping(Viewings.REPORT_PATH + "{mediaId}/{viewing}/{area}")
	ResponseEntity<Void> report(@PathVariable UUID mediaId, @PathVariable UUID viewing, @PathVariable ViewerArea area,
			@RequestParam(name = "t", required = false) String token,
			@RequestParam(name = "seconds", defaultValue = "0") long seconds) {
		boolean counted = this.viewings.report(mediaId, viewing, area, token, seconds);
		return counted ? ResponseEntity.noContent().build() : ResponseEntity.status(403).build();
	}

}
