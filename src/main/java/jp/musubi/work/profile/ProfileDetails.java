package jp.musubi.work.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.text.UnusableCharacter;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.work.invoice.RegistrationNumber;

/**
 * What a member says about themselves and their working week, as the profile page's form
 * or the API gives it. The rules are checked here, once, for both: portfolio links are
 * https addresses (clients open them from the member's page, so nothing that could leak
 * what they read may hide there), five at most; a registration number is "T" and thirteen
 * digits with the right check digit; a prefecture is one of the 47. Lengths and markup in
 * the free text are the input's own checks, as for every form.
 */
public record ProfileDetails(String introduction, Integer hoursPerWeek, String prefecture, List<String> links,
		String registrationNumber) {

	public static final int MAX_LINK_LENGTH = 300;

	private static final Pattern LINK = Pattern.compile("https://[^\\s<>\"']+");

	/**
	 * Blank values are none; links are taken as typed one by one, blank ones left out.
	 */
	public ProfileDetails {
		introduction = JapaneseText.normalizeToNull(introduction);
		prefecture = JapaneseText.normalizeToNull(prefecture);
		registrationNumber = JapaneseText.normalizeToNull(registrationNumber);
		links = (links == null) ? List.of()
				: links.stream().map(String::strip).filter((link) -> !link.isEmpty()).toList();
	}

	/** Every rule the details break, with its field and message key; empty when none. */
	public List<InputRefused> refusals() {
		List<InputRefused> refusals = new ArrayList<>();
		if (this.links.size() > WorkProfile.MAX_LINKS) {
			refusals.add(new InputRefused("links", "work.profile.error.tooManyLinks"));
		}
		else if (this.links.stream()
			.anyMatch((link) -> link.length() > MAX_LINK_LENGTH || !LINK.matcher(link).matches())) {
			refusals.add(new InputRefused("links", "work.profile.error.link"));
		}
		this.links.stream()
			.map(UnusableCharacter::firstIn)
			.flatMap(Optional::stream)
			.findFirst()
			.ifPresent((unusable) -> refusals.add(new InputRefused("links", unusable.messageKey())));
		if (this.registrationNumber != null && number().isEmpty()) {
			refusals.add(new InputRefused("registrationNumber", "work.profile.error.registrationNumber"));
		}
		if (this.prefecture != null && place() == null) {
			refusals.add(new InputRefused("prefecture", "validation.prefecture"));
		}
		return refusals;
	}

	Prefecture place() {
		return Prefecture.ofCode(this.prefecture).orElse(null);
	}

	Optional<RegistrationNumber> number() {
		return (this.registrationNumber != null) ? RegistrationNumber.parse(this.registrationNumber) : Optional.empty();
	}

}
