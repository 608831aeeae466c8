package jp.musubi.platform.web;

import jp.musubi.platform.refusal.InputRefused;

import org.springframework.data.domain.PageRequest;

/**
 * The {@code page} and {@code size} a caller asks for, checked: a hundred items at most,
 * so that one call cannot ask the search for the whole exchange, and no page so deep that
 * its offset stops being a sensible number. Its refusals keep the keys they had when only
 * the work exchange had such lists.
 */
public final class Paging {

	/** The size of a page when the caller does not say. */
	public static final String DEFAULT_SIZE = "20";

	static final int MAX_SIZE = 100;

	static final int MAX_PAGE = 1000;

	private Paging() {
	}

	public static PageRequest of(int page, int size) {
		if (size < 1 || size > MAX_SIZE) {
			throw new InputRefused("size", "work.api.error.size");
		}
		if (page < 1 || page > MAX_PAGE) {
			throw new InputRefused("page", "work.api.error.page");
		}
		return PageRequest.of(page - 1, size);
	}

}
