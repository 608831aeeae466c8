package jp.musubi.platform.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * A page of a longer list. Pages count from 1, as on the site, so that page 3 of the API
 * is page 3 of the screen.
 */
public record Paged<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public static <E, T> Paged<T> of(Page<E> found, Function<E, T> mapper) {
		return new Paged<>(found.getContent().stream().map(mapper).toList(), found.getNumber() + 1, found.getSize(),
				found.getTotalElements(), found.getTotalPages());
	}

}
