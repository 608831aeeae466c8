package jp.musubi.tourism.guest.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.musubi.tourism.guest.Origin;

/**
 * The ISO 3166 countries, named in the page's language and in its alphabetical order,
 * Japan first because most guests come from within Japan.
 */
final class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private Countries() {
	}

	static boolean isKnown(String code) {
		return code != null && CODES.contains(code);
	}

	static List<Country> in(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		List<Country> others = new ArrayList<>();
		for (String code : CODES) {
			if (!Origin.JAPAN.equals(code)) {
				others.add(new Country(code, name(code, locale)));
			}
		}
		others.sort(Comparator.comparing(Country::name, collator));
		List<Country> all = new ArrayList<>();
		all.add(new Country(Origin.JAPAN, name(Origin.JAPAN, locale)));
		all.addAll(others);
		return all;
	}

	static String name(String code, Locale locale) {
		return new Locale("", code).getDisplayCountry(locale);
	}

	/** A country's code and its name. */
	record Country(String code, String name) {

	}

}
