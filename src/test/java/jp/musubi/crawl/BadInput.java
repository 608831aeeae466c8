package jp.musubi.crawl;

import java.util.List;

/**
 * What people and attackers type into a form besides what it asks for: nothing, too much,
 * the wrong kind of thing, other scripts and widths, emoji, characters that cannot be
 * shown honestly, markup, SQL and path fragments, huge numbers and far-away dates. A form
 * must answer every one of them with its own page or a message, never a 5xx.
 */
final class BadInput {

	/** Each value with the name a finding reports it by. */
	record Value(String name, String text) {

	}

	static final List<Value> CORPUS = List.of(new Value("empty", ""), new Value("blank", " \u3000 "),
			new Value("too long", "長".repeat(10_000)), new Value("letters for a number", "abc"),
			new Value("other scripts", "한국어 中文 العربية עברית"), new Value("full width", "ＡＢＣ１２３－４５６"),
			new Value("emoji", "👩‍👩‍👧‍👦🏳️‍🌈🇯🇵"), new Value("lone surrogate", "a\uD800b"),
			new Value("control characters", "a\u0000b\u0007c\u001B"), new Value("bidi override", "\u202Eabc\u202C"),
			new Value("markup", "<script>alert(1)</script>"), new Value("SQL", "' OR 1=1 --"),
			new Value("path", "../../../../etc/passwd%00"), new Value("huge number", "99999999999999999999999999"),
			new Value("negative number", "-1"), new Value("exponent", "1e309"), new Value("far past", "0001-01-01"),
			new Value("far future", "9999-12-31"), new Value("no such day", "2026-02-30"));

	private BadInput() {
	}

}
