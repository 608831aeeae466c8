package jp.musubi.tourism.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;

/**
 * Everything the agent's staff set on a programme, checked by the form or the API before
 * it gets here.
 */
public record ProgrammeTerms(String code, int nights, Yen pricePerPerson, LocalDate seasonStart, LocalDate seasonEnd,
		int minParty, int maxParty, int freeCancellationDays, int cancellationFeePercent, Map<Language, Text> texts,
		List<Component> components) {

	public ProgrammeTerms {
		texts = Map.copyOf(texts);
		components = List.copyOf(components);
	}

	/** A name and a summary. */
	public record Text(String name, String summary) {

	}

}
