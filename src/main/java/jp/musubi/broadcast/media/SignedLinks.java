package jp.musubi.broadcast.media;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jp.musubi.broadcast.BroadcastProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signed, short-lived links to a media folder's files. A segment request is checked by
 * recomputing an HMAC over the folder and the expiry: no database query per segment, so a
 * private channel's viewers cost as little as a public one's. The secret comes from the
 * settings, or is made on first start and kept in the database, which every node shares.
 */
@Component
public class SignedLinks {

	private static final String ALGORITHM = "HmacSHA256";

	private static final int SIGNATURE_BYTES = 16;

	private final byte[] secret;

	private final Clock clock;

	/** A Mac per thread: making one per segment request showed in the profile. */
	private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

	SignedLinks(BroadcastProperties properties, JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		String configured = properties.signingSecret();
		this.secret = ((configured == null || configured.isBlank()) ? storedSecret(jdbc) : configured)
			.getBytes(StandardCharsets.UTF_8);
	}

	private static String storedSecret(JdbcClient jdbc) {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		// Two nodes starting at once: one insert wins, and both read the winner's secret.
		jdbc.sql("INSERT INTO broadcast_signing_key (id, secret) SELECT 1, :secret WHERE NOT EXISTS "
				+ "(SELECT 1 FROM broadcast_signing_key WHERE id = 1)")
			.param("secret", HexFormat.of().formatHex(random))
			.update();
		return jdbc.sql("SELECT secret FROM broadcast_signing_key WHERE id = 1").query(String.class).single();
	}

	/**
	 * A token for a subject (a media folder, whose every file it opens, or one viewing),
	 * valid for this long from now.
	 */
	public String issue(String subject, Duration lifetime) {
		long expiry = this.clock.instant().plus(lifetime).getEpochSecond();
		return expiry + "." + sign(subject, expiry);
	}

	/**
	 * Whether the token opens the subject now. A malformed, forged, expired or another
	 * subject's token does not.
	 */
	public boolean opens(String token, String subject) {
		return check(token, subject).isPresent();
	}

	/** When the token stops opening the subject, if it opens it now. */
	public Optional<Instant> check(String token, String subject) {
		if (token == null || token.length() > 64) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		long expiry;
		try {
			expiry = Long.parseLong(token, 0, dot, 10);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		byte[] expected = sign(subject, expiry).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(given, expected) || expiry < this.clock.instant().getEpochSecond()) {
			return Optional.empty();
		}
		return Optional.of(Instant.ofEpochSecond(expiry));
	}

	private String sign(String subject, long expiry) {
		byte[] signature = this.macs.get().doFinal((subject + "|" + expiry).getBytes(StandardCharsets.UTF_8));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(signature, SIGNATURE_BYTES));
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(this.secret, ALGORITHM));
			return mac;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("Every Java runtime has " + ALGORITHM, ex);
		}
	}

}
