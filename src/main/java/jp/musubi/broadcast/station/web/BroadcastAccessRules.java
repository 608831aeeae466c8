package jp.musubi.broadcast.station.web;

import java.util.List;

import jp.musubi.platform.security.KeyedPaths;
import jp.musubi.platform.security.RequestAuthorizations;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The station's public addresses: the channel list, a channel, an item to watch and a
 * live playlist, whose controllers decide by the channel's visibility (a visitor is sent
 * to sign in for anything not public). Segments, the encoder's ingest and the player's
 * watch reports carry their own key in the address and run without a session.
 */
@Component
class BroadcastAccessRules implements RequestAuthorizations, KeyedPaths {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		// The owner's pages share the public patterns' shape.
		requests.requestMatchers(HttpMethod.GET, "/broadcast/channels/new", "/broadcast/manage").authenticated();
		requests
			.requestMatchers(HttpMethod.GET, "/broadcast", "/broadcast/channels/{id}", "/broadcast/media/{id}",
					"/broadcast/media/{id}/live.m3u8")
			.permitAll();
	}

	@Override
	public List<String> patterns() {
		return List.of("/broadcast/hls/**", "/broadcast/ingest/**", "/broadcast/views/**");
	}

}
