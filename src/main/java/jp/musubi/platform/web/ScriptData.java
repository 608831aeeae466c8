package jp.musubi.platform.web;

import tools.jackson.databind.json.JsonMapper;

/**
 * Data a page hands to its script as JSON inside
 * {@code <script type="application/json">}, which the template writes unescaped: the
 * browser ends the element at the first {@code </script>} wherever it stands, so a
 * programme named {@code </script><script>alert(1)</script>} would otherwise run. Written
 * here, the JSON carries {@code <}, {@code >} and {@code &} as JSON's Unicode escapes,
 * which {@code JSON.parse} reads back as the same characters, and the line and paragraph
 * separators escaped too, as older script engines took them for line breaks.
 */
public final class ScriptData {

	private ScriptData() {
	}

	public static String of(JsonMapper json, Object data) {
		// These characters stand only inside strings in JSON, where an escape means the
		// same.
		return json.writeValueAsString(data)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026")
			.replace("\u2028", "\\u2028")
			.replace("\u2029", "\\u2029");
	}

}
