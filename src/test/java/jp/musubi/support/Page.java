package jp.musubi.support;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.ResultActions;

/**
 * A rendered page as a person reads it: headings, the error next to a field, the text of
 * an element. Tests ask it questions instead of searching raw HTML.
 */
public final class Page {

	private final Document document;

	private Page(String html) {
		this.document = Jsoup.parse(html);
	}

	public static Page of(ResultActions result) throws Exception {
		return new Page(result.andReturn().getResponse().getContentAsString());
	}

	public static Page of(String html) {
		return new Page(html);
	}

	/** The parsed page, for questions the methods here do not ask. */
	public Document document() {
		return this.document;
	}

	public String lang() {
		return this.document.selectFirst("html").attr("lang");
	}

	public String title() {
		return this.document.title();
	}

	public String heading() {
		Element h1 = this.document.selectFirst("h1");
		return (h1 != null) ? h1.text() : "";
	}

	/**
	 * The message shown next to a form field (the element with id {@code <field>-error}).
	 */
	public String errorFor(String field) {
		Element error = this.document.getElementById(field + "-error");
		return (error != null) ? error.text() : "";
	}

	/** Every field that shows an error. */
	public List<String> fieldsInError() {
		return this.document.select("[id$=-error]").stream().map((e) -> e.id().replace("-error", "")).toList();
	}

	public String text() {
		return this.document.body().text();
	}

	public String textOf(String cssQuery) {
		Element element = this.document.selectFirst(cssQuery);
		return (element != null) ? element.text() : "";
	}

	public List<String> textsOf(String cssQuery) {
		return this.document.select(cssQuery).stream().map(Element::text).toList();
	}

	public String attributeOf(String cssQuery, String attribute) {
		Element element = this.document.selectFirst(cssQuery);
		return (element != null) ? element.attr(attribute) : "";
	}

	public String valueOf(String id) {
		Element element = this.document.getElementById(id);
		return (element != null) ? element.attr("value") : "";
	}

}
