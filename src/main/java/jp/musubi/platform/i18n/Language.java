package jp.musubi.platform.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Musubi speaks. Japanese is the default; English, Korean and Simplified
 * Chinese serve visitors from outside, above all from the seed's target areas in Asia.
 */
public enum Language {

	JA("ja", Locale.JAPANESE, "日本語"), EN("en", Locale.ENGLISH, "English"), KO("ko", Locale.KOREAN, "한국어"),
	ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE, "简体中文");

	public static final Language DEFAULT = JA;

	private final String tag;

	private final Locale locale;

	private final String nativeName;

	Language(String tag, Locale locale, String nativeName) {
		this.tag = tag;
		this.locale = locale;
		this.nativeName = nativeName;
	}

	/**
	 * The BCP 47 tag, as used in {@code lang} attributes and the {@code ?lang=} switch.
	 */
	public String tag() {
		return this.tag;
	}

	public Locale locale() {
		return this.locale;
	}

	/** The language's name in itself, which is how a switcher should offer it. */
	public String nativeName() {
		return this.nativeName;
	}

	/**
	 * The language for a tag or locale name such as {@code ko}, {@code ko-KR},
	 * {@code zh_CN} or {@code zh-Hans}; empty when Musubi does not speak it.
	 */
	public static Optional<Language> fromTag(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		return of(Locale.forLanguageTag(tag.strip().replace('_', '-')));
	}

	public static Optional<Language> of(Locale locale) {
		if (locale == null) {
			return Optional.empty();
		}
		if ("zh".equals(locale.getLanguage())) {
			boolean traditional = "Hant".equals(locale.getScript()) || "TW".equals(locale.getCountry())
					|| "HK".equals(locale.getCountry());
			return traditional ? Optional.empty() : Optional.of(ZH_CN);
		}
		return Arrays.stream(values())
			.filter((language) -> language.locale.getLanguage().equals(locale.getLanguage()))
			.findFirst();
	}

	public static Language ofOrDefault(Locale locale) {
		return of(locale).orElse(DEFAULT);
	}

}
