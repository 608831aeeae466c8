package jp.musubi.crawl;

import java.util.List;

/**
 * What a careless, foreign or hostile caller sends to a JSON API, as issue 9 lists it:
 * empty and missing values, values far too long, the wrong JSON type, other scripts and
 * widths, emoji with their joiners, a lone surrogate, control and bidi characters,
 * markup, SQL and path fragments, numbers no type holds, dates far away or impossible.
 * Each value is raw JSON text, so that what a JSON library would never write (a lone
 * surrogate escape, {@code 1e309}) is sent as written.
 */
final class ApiCorpus {

	/** A value in place of a field, as raw JSON. */
	record Value(String name, String json) {

	}

	/** A parameter's value in a query or path, already encoded for the address. */
	record Piece(String name, String encoded) {

	}

	/** A whole body in place of the valid one. */
	record Body(String name, String contentType, String text) {

	}

	private static final String TEN_THOUSAND = "x".repeat(10_000);

	static final List<Value> FIELD_VALUES = List.of(new Value("empty", "\"\""), new Value("null", "null"),
			new Value("blank", "\"   \""), new Value("tooLong", "\"" + TEN_THOUSAND + "\""),
			new Value("tooLongJapanese", "\"" + "湯".repeat(10_000) + "\""), new Value("numberForText", "12345"),
			new Value("textForNumber", "\"abc\""), new Value("object", "{\"a\":1}"), new Value("array", "[1,2]"),
			new Value("boolean", "true"), new Value("korean", "\"한국어 텍스트\""), new Value("chinese", "\"中文文本\""),
			new Value("fullWidth", "\"ＡＢＣ１２３\""), new Value("emojiZwj", "\"👨‍👩‍👧‍👦 🏳️‍🌈\""),
			new Value("loneSurrogate", "\"a\\ud800b\""), new Value("nul", "\"a\\u0000b\""),
			new Value("bell", "\"a\\u0007b\""), new Value("bidiOverride", "\"abc\\u202edef\""),
			new Value("markup", "\"<script>alert(1)</script>\""), new Value("sql", "\"' OR 1=1 --\""),
			new Value("path", "\"../../etc/passwd\""), new Value("hugeExponent", "1e309"),
			new Value("hugeInteger", "99999999999999999999"), new Value("negative", "-1"),
			new Value("negativeHuge", "-99999999999999999999"), new Value("fraction", "1.5"),
			new Value("farPast", "\"0001-01-01\""), new Value("farFuture", "\"9999-12-31\""),
			new Value("impossibleDate", "\"2026-02-30\""), new Value("farFutureInstant", "\"9999-12-31T23:59:59Z\""),
			new Value("amountFullWidth", "\"１２，０００\""), new Value("amountYen", "\"¥12,000\""),
			new Value("uuidUnknown", "\"00000000-0000-4000-8000-000000000000\""),
			new Value("arrayOfBad", "[\"a\\ud800\", null, 1e309]"));

	/** Fewer values for fields inside lists and maps, where the same reader is met. */
	static final List<Value> NESTED_VALUES = FIELD_VALUES.stream()
		.filter((value) -> List
			.of("null", "tooLong", "numberForText", "textForNumber", "object", "loneSurrogate", "hugeInteger",
					"negative", "impossibleDate", "farFuture")
			.contains(value.name()))
		.toList();

	static final List<Body> BODIES = List.of(new Body("malformed", "application/json", "{\"a\":"),
			new Body("emptyBody", "application/json", ""), new Body("jsonNull", "application/json", "null"),
			new Body("jsonArray", "application/json", "[]"), new Body("jsonString", "application/json", "\"text\""),
			new Body("trailingGarbage", "application/json", "{} x"),
			new Body("deeplyNested", "application/json", "[".repeat(5_000) + "]".repeat(5_000)),
			new Body("duplicateKeys", "application/json", "{\"a\":1,\"a\":2}"),
			new Body("latin1Bytes", "application/json; charset=ISO-8859-1", "{\"name\":\"caf\u00e9\"}"),
			new Body("textPlain", "text/plain", "{}"), new Body("xml", "application/xml", "<a/>"),
			new Body("formEncoded", "application/x-www-form-urlencoded", "a=b"));

	static final List<Piece> QUERY_VALUES = List.of(new Piece("abc", "abc"), new Piece("negative", "-1"),
			new Piece("zero", "0"), new Piece("large", "100000"), new Piece("huge", "99999999999999999999"),
			new Piece("hugeExponent", "1e309"), new Piece("empty", ""),
			new Piece("korean", "%ED%95%9C%EA%B5%AD%EC%96%B4"),
			new Piece("fullWidth", "%EF%BC%A1%EF%BC%A2%EF%BC%A3%EF%BC%91"), new Piece("sql", "%27+OR+1%3D1+--"),
			new Piece("markup", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"), new Piece("path", "..%2F..%2Fetc%2Fpasswd"),
			new Piece("nul", "a%00b"), new Piece("bidiOverride", "a%E2%80%AEb"),
			new Piece("surrogateBytes", "a%ED%A0%80b"), new Piece("invalidUtf8", "%FF%FE"),
			// Long, yet within the container's 8 KB request line: a longer one is refused
			// before anything of the request is known, so it cannot be told from a
			// browser's and gets the page.
			new Piece("tooLong", "x".repeat(6_000)), new Piece("farPast", "0001-01-01"),
			new Piece("impossibleDate", "2026-02-30"));

	static final List<Piece> PATH_VALUES = List.of(new Piece("unknownUuid", "00000000-0000-4000-8000-000000000000"),
			new Piece("notUuid", "not-a-uuid"), new Piece("hugeNumber", "99999999999999999999"),
			new Piece("negative", "-1"), new Piece("japanese", "%E6%B9%AF%E6%B2%BB"),
			new Piece("pathFragment", "..%2F..%2Fetc%2Fpasswd"), new Piece("dotDot", ".."), new Piece("nul", "a%00b"),
			new Piece("surrogateBytes", "%ED%A0%80"), new Piece("sql", "%27+OR+1%3D1+--"),
			new Piece("tooLong", "x".repeat(5_000)));

	private ApiCorpus() {
	}

}
