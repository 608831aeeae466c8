package jp.musubi.platform.payment;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jp.musubi.platform.refusal.InputRefused;

/**
 * The signature a provider puts on each webhook, in Stripe's form: a header
 * {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.payload">}, with the secret the
 * provider and Musubi share. A signature is believed only within a tolerance of the clock
 * (Stripe's default, 300 s, either way), so a webhook caught on the wire cannot be sent
 * again days later; replays within it are stopped by the event's id
 * ({@link Payments#receive}). Several {@code v1} values may come while a provider rolls
 * its secret over: one that matches is enough. Signatures are compared in constant time,
 * so the time to refuse tells nothing of how much of a forgery was right.
 */
public final class WebhookSignature {

	/** Stripe's default, which its libraries use unless told otherwise. */
	public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);

	static final String FIELD = "signature";

	private static final Pattern SECONDS = Pattern.compile("\\d{1,12}");

	private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");

	/** A header longer than this is no provider's: a few signatures and a time. */
	private static final int LONGEST_HEADER = 2_000;

	private final byte[] secret;

	private final Duration tolerance;

	private final Clock clock;

	public WebhookSignature(String secret, Duration tolerance, Clock clock) {
		if (secret == null || secret.isEmpty()) {
			throw new IllegalArgumentException("A webhook secret is needed");
		}
		if (tolerance == null || tolerance.isNegative()) {
			throw new IllegalArgumentException("A tolerance of zero or more is needed");
		}
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.tolerance = tolerance;
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	public WebhookSignature(String secret, Clock clock) {
		this(secret, DEFAULT_TOLERANCE, clock);
	}

	/**
	 * Checks the header against the payload as it came (the exact bytes the provider
	 * signed, read as UTF-8).
	 * @throws InputRefused for a header that is missing or not of that form
	 * ({@code platform.payment.error.signatureMalformed}), a signature that does not
	 * match ({@code signatureForged}), or a time outside the tolerance
	 * ({@code signatureExpired} when too old, {@code signatureFuture} when ahead of the
	 * clock)
	 */
	public void verify(String payload, String header) {
		if (header == null || header.isBlank() || header.length() > LONGEST_HEADER) {
			throw malformed();
		}
		Long seconds = null;
		List<String> signatures = new ArrayList<>();
		for (String element : header.split(",")) {
			int equals = element.indexOf('=');
			if (equals < 1) {
				throw malformed();
			}
			String key = element.substring(0, equals).strip();
			String value = element.substring(equals + 1).strip();
			if ("t".equals(key)) {
				if (seconds != null || !SECONDS.matcher(value).matches()) {
					throw malformed();
				}
				seconds = Long.parseLong(value);
			}
			else if ("v1".equals(key)) {
				if (!HEX.matcher(value).matches()) {
					throw malformed();
				}
				signatures.add(value.toLowerCase());
			}
			// Other schemes (Stripe's test-mode v0) are not ours to check.
		}
		if (seconds == null || signatures.isEmpty()) {
			throw malformed();
		}
		byte[] expected = hmac(seconds + "." + ((payload != null) ? payload : "")).getBytes(StandardCharsets.US_ASCII);
		boolean matches = false;
		for (String signature : signatures) {
			matches |= MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
		}
		if (!matches) {
			throw new InputRefused(FIELD, "platform.payment.error.signatureForged");
		}
		Instant signedAt = Instant.ofEpochSecond(seconds);
		Instant now = this.clock.instant();
		if (signedAt.isBefore(now.minus(this.tolerance))) {
			throw new InputRefused(FIELD, "platform.payment.error.signatureExpired", this.tolerance.toSeconds());
		}
		if (signedAt.isAfter(now.plus(this.tolerance))) {
			throw new InputRefused(FIELD, "platform.payment.error.signatureFuture", this.tolerance.toSeconds());
		}
	}

	/** The header for a payload signed now, as the provider would send it. */
	public String sign(String payload) {
		return sign(payload, this.clock.instant());
	}

	/** The header for a payload signed at the given time. */
	public String sign(String payload, Instant at) {
		long seconds = at.getEpochSecond();
		return "t=" + seconds + ",v1=" + hmac(seconds + "." + payload);
	}

	private String hmac(String signed) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("Every Java runtime has HMAC-SHA256", ex);
		}
	}

	private static InputRefused malformed() {
		return new InputRefused(FIELD, "platform.payment.error.signatureMalformed");
	}

}
