package jp.musubi.tourism.programme.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.platform.web.ApiLanguage;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.PlainText;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.tourism.TourismAccess;
import jp.musubi.tourism.facility.Capacity;
import jp.musubi.tourism.facility.Facilities;
import jp.musubi.tourism.programme.Component;
import jp.musubi.tourism.programme.Programme;
import jp.musubi.tourism.programme.ProgrammeTerms;
import jp.musubi.tourism.programme.Programmes;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The agent's programmes through the API: anyone reads the published ones, in the
 * caller's language (Japanese when a programme has no text in it); the agent's staff
 * compose and change them in person, under the page's rules.
 */
@RestController
@RequestMapping("/api/v1/tourism/programmes")
@Tag(name = "tourism")
class ProgrammesApi {

	private static final int MAX_PAGE_SIZE = 100;

	private final Programmes programmes;

	private final Facilities facilities;

	private final TourismAccess access;

	ProgrammesApi(Programmes programmes, Facilities facilities, TourismAccess access) {
		this.programmes = programmes;
		this.facilities = facilities;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "Published programmes by code, a page at a time (pages count from 1), texts in the "
			+ "Accept-Language of the call with Japanese as fallback; public")
	Paged<ProgrammeView> published(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "20") int size, HttpServletRequest http) {
		Language language = ApiLanguage.of(http);
		Page<Programme> found = this.programmes
			.published(PageRequest.of(Math.max(page, 1) - 1, Math.min(Math.max(size, 1), MAX_PAGE_SIZE)));
		return new Paged<>(found.getContent().stream().map((p) -> ProgrammeView.of(p, language)).toList(),
				found.getNumber() + 1, found.getSize(), found.getTotalElements(), found.getTotalPages());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A published programme; public (404 for one not published)")
	ProgrammeView one(@PathVariable UUID id, HttpServletRequest http) {
		return ProgrammeView.of(
				this.programmes.findPublished(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
				ApiLanguage.of(http));
	}

	@PostMapping
	@Operation(summary = "Compose a programme: the agent's staff signed in only. Max party 50, fee 0..100 %, "
			+ "season end not before start, components on bookable capacities from day 0 "
			+ "(400 problem+json with every refused field; a code already taken is refused on 'code')")
	ResponseEntity<ProgrammeView> compose(@Valid @RequestBody ProgrammeBody body, Authentication authentication,
			HttpServletRequest http) {
		CurrentUser staff = staff(authentication);
		try {
			Programme programme = this.programmes.compose(body.toTerms(bookable()), staff.accountId());
			return ResponseEntity.created(URI.create("/api/v1/tourism/programmes/" + programme.id()))
				.body(ProgrammeView.of(programme, ApiLanguage.of(http)));
		}
		catch (Programmes.CodeTaken ex) {
			throw new InputRefused("code", "tourism.programme.error.codeTaken");
		}
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a programme under the same rules: the agent's staff signed in only; one that "
			+ "loses a language's text or its last component is no longer published")
	ProgrammeView change(@PathVariable UUID id, @Valid @RequestBody ProgrammeBody body, Authentication authentication,
			HttpServletRequest http) {
		staff(authentication);
		this.programmes.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			return ProgrammeView.of(this.programmes.change(id, body.toTerms(bookable())), ApiLanguage.of(http));
		}
		catch (Programmes.CodeTaken ex) {
			throw new InputRefused("code", "tourism.programme.error.codeTaken");
		}
	}

	private CurrentUser staff(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			this.access.requireAgentStaff(user);
			return user;
		}
		throw new TourismAccess.Refused("Only the agent's staff, in person, compose programmes");
	}

	private Set<UUID> bookable() {
		return this.facilities.bookableCapacities().stream().map(Capacity::id).collect(Collectors.toSet());
	}

	/** A page of a longer list; pages count from 1, as on the site. */
	record Paged<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	}

	/**
	 * A programme as the agent's staff send it: {@code texts} by language tag (ja, en,
	 * ko, zh-CN), each a name and a summary.
	 */
	record ProgrammeBody(
			@NotBlank(message = "{tourism.programme.error.code}") @Size(max = 40,
					message = "{tourism.programme.error.code}") @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9-]*$",
							message = "{tourism.programme.error.code}") String code,
			@NotNull(message = "{tourism.programme.error.nights}") Integer nights,
			@NotNull(message = "{tourism.programme.error.price}") Yen pricePerPerson,
			@NotNull(message = "{tourism.programme.error.date}") LocalDate seasonStart,
			@NotNull(message = "{tourism.programme.error.date}") LocalDate seasonEnd,
			@NotNull(message = "{tourism.programme.error.minParty}") Integer minParty,
			@NotNull(message = "{tourism.programme.error.maxParty}") Integer maxParty,
			@NotNull(message = "{tourism.programme.error.freeCancellationDays}") Integer freeCancellationDays,
			@NotNull(message = "{tourism.programme.error.fee}") Integer cancellationFeePercent,
			Map<String, @Valid TextBody> texts, List<@Valid ComponentBody> components) {

		ProgrammeTerms toTerms(Set<UUID> bookable) {
			List<InputRefused> refusals = new ArrayList<>();
			Map<Language, ProgrammeTerms.Text> byLanguage = new EnumMap<>(Language.class);
			if (this.texts != null) {
				this.texts.forEach((tag, text) -> {
					Optional<Language> language = Language.fromTag(tag);
					if (language.isEmpty()) {
						refusals.add(new InputRefused("texts." + tag, "tourism.programme.error.language"));
					}
					else {
						String prefix = "texts." + tag + ".";
						int before = refusals.size();
						Optional<ProgrammeTerms.Text> judged = ProgrammeTerms.Text.judge(prefix,
								(text != null) ? text.name() : null, (text != null) ? text.summary() : null, refusals);
						judged.ifPresent((given) -> byLanguage.put(language.get(), given));
						if (judged.isEmpty() && refusals.size() == before) {
							// A language named with nothing for it: the API, unlike the
							// page's fixed rows, names a language only to give its text.
							refusals.add(new InputRefused(prefix + "name", "tourism.programme.error.name"));
						}
					}
				});
			}
			List<Component> parts = new ArrayList<>();
			List<ComponentBody> given = (this.components != null) ? this.components : List.of();
			for (int i = 0; i < given.size(); i++) {
				ComponentBody part = given.get(i);
				String prefix = "components[" + i + "].";
				if (part == null) {
					Component.judge(prefix, null, null, null, true, bookable, refusals);
				}
				else {
					Component
						.judge(prefix, part.capacityId(), part.firstDay(), part.days(),
								!Boolean.FALSE.equals(part.perPerson()), bookable, refusals)
						.ifPresent(parts::add);
				}
			}
			ProgrammeTerms terms = new ProgrammeTerms(this.code.strip(), this.nights, this.pricePerPerson,
					this.seasonStart, this.seasonEnd, this.minParty, this.maxParty, this.freeCancellationDays,
					this.cancellationFeePercent, byLanguage, parts);
			refusals.addAll(terms.refusals());
			FieldsRefused.throwIfAny(refusals);
			return terms;
		}

	}

	record TextBody(@Size(max = 120) @PlainText String name, @Size(max = 4000) @PlainText String summary) {

	}

	/** {@code perPerson} is true when left out. */
	record ComponentBody(UUID capacityId, Integer firstDay, Integer days, Boolean perPerson) {

	}

	/**
	 * A programme in one language: {@code language} says which the name and summary are
	 * in, Japanese when the programme has none in the language asked for.
	 */
	record ProgrammeView(UUID id, String code, String language, String name, String summary, int nights,
			long pricePerPerson, LocalDate seasonStart, LocalDate seasonEnd, int minParty, int maxParty,
			int freeCancellationDays, int cancellationFeePercent, boolean published, List<String> missingLanguages,
			List<ComponentView> components) {

		static ProgrammeView of(Programme programme, Language asked) {
			Language language = programme.textIn(asked).isPresent() ? asked : Language.DEFAULT;
			ProgrammeTerms.Text text = programme.text(asked);
			return new ProgrammeView(programme.id(), programme.code(), language.tag(), text.name(), text.summary(),
					programme.nights(), programme.pricePerPerson().amount(), programme.seasonStart(),
					programme.seasonEnd(), programme.minParty(), programme.maxParty(), programme.freeCancellationDays(),
					programme.cancellationFeePercent(), programme.isPublished(),
					programme.missingLanguages().stream().map(Language::tag).sorted().toList(),
					programme.components().stream().map(ComponentView::of).toList());
		}

	}

	record ComponentView(UUID capacityId, int firstDay, int days, boolean perPerson) {

		static ComponentView of(Component component) {
			return new ComponentView(component.capacityId(), component.firstDay(), component.days(),
					component.perPerson());
		}

	}

}
