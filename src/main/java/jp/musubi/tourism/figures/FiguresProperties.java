package jp.musubi.tourism.figures;

import jp.musubi.platform.disclosure.Protection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the figures shared between partners are protected: a count of fewer than
 * {@code threshold} people is hidden, and so is whatever would let a partner work it out.
 * 10 is the rule of MHLW's NDB open data; below 5 a count can point at a person, so the
 * application refuses to start with it.
 */
@ConfigurationProperties("musubi.tourism.figures")
public record FiguresProperties(@DefaultValue("10") int threshold) {

	/** The lowest threshold Musubi accepts. */
	public static final int LOWEST = 5;

	public FiguresProperties {
		if (threshold < LOWEST) {
			throw new IllegalArgumentException("musubi.tourism.figures.threshold must be at least " + LOWEST
					+ " (a smaller count can point at a person); it is " + threshold);
		}
	}

	Protection protection() {
		return new Protection(this.threshold);
	}

}
