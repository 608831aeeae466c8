package jp.musubi.crawl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the crawl found wrong, each fault once with the first place it was seen and how
 * often it was seen, so that one broken field on a page every person reaches reads as one
 * line.
 */
final class Findings {

	private final Map<String, List<String>> byFault = new LinkedHashMap<>();

	synchronized void add(String where, String fault) {
		this.byFault.computeIfAbsent(fault, (key) -> new ArrayList<>()).add(where);
	}

	synchronized boolean isEmpty() {
		return this.byFault.isEmpty();
	}

	synchronized String report() {
		StringBuilder report = new StringBuilder(this.byFault.size() + " fault(s):\n");
		this.byFault.forEach((fault, places) -> report.append("- ")
			.append(places.get(0))
			.append(": ")
			.append(fault)
			.append((places.size() > 1) ? " (and " + (places.size() - 1) + " more places)" : "")
			.append('\n'));
		return report.toString();
	}

}
