/**
 * The regional broadcasting station (インターネット地域放送局): organisations' channels, photos and
 * videos transcoded to adaptive HLS, live streams pushed by ffmpeg, the player other
 * modules embed, and who watches from inside and outside the region.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regional broadcasting station",
		allowedDependencies = { "accounts", "platform :: audit", "platform :: refusal", "platform :: region",
				"platform :: security", "platform :: storage", "platform :: text", "platform :: web" })
package jp.musubi.broadcast;
