package jp.musubi.platform.web;

import java.util.List;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links under a paged list: previous, next and a window of page numbers around the
 * current one, each keeping the search the visitor made. Pages are numbered from 1 for
 * people.
 */
public record PageLinks(int number, int totalPages, long totalElements, String previous, String next,
		List<PageLink> pages) {

	private static final int WINDOW = 2;

	public static PageLinks of(Page<?> page, HttpServletRequest request) {
		int current = page.getNumber() + 1;
		int total = Math.max(page.getTotalPages(), 1);
		int from = Math.max(1, current - WINDOW);
		int to = Math.min(total, current + WINDOW);
		List<PageLink> pages = IntStream.rangeClosed(from, to)
			.mapToObj((number) -> new PageLink(number, url(request, number), number == current))
			.toList();
		return new PageLinks(current, total, page.getTotalElements(),
				page.hasPrevious() ? url(request, current - 1) : null,
				page.hasNext() ? url(request, current + 1) : null, pages);
	}

	public boolean isMultiplePages() {
		return this.totalPages > 1;
	}

	private static String url(HttpServletRequest request, int number) {
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("page", number)
			.build()
			.toUriString();
	}

	/** One numbered link. */
	public record PageLink(int number, String url, boolean current) {

	}

}
