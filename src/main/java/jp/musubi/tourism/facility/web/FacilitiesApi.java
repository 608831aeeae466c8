package jp.musubi.tourism.facility.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.JapanesePostalCode;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.PlainText;
import jp.musubi.platform.text.PostalCode;
import jp.musubi.platform.text.UnusableCharacter;
import jp.musubi.tourism.TourismAccess;
import jp.musubi.tourism.facility.Capacity;
import jp.musubi.tourism.facility.CapacityKind;
import jp.musubi.tourism.facility.Facilities;
import jp.musubi.tourism.facility.Facility;
import jp.musubi.tourism.facility.FacilityDescription;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A facility's own systems keep its description and capacities through the API, under the
 * edit page's rules. A facility organisation's token acts for its own facility and no
 * other; its staff may call in person too. Public only so that the setup API's
 * {@code TourismApiProblems} can name it.
 */
@RestController
@RequestMapping("/api/v1/tourism/facilities/{facilityId}")
@Tag(name = "tourism")
public class FacilitiesApi {

	private final Facilities facilities;

	private final TourismAccess access;

	FacilitiesApi(Facilities facilities, TourismAccess access) {
		this.facilities = facilities;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "The facility's description: its own organisation's token or staff only")
	FacilityView show(@PathVariable UUID facilityId, Authentication authentication) {
		return FacilityView.of(managed(authentication, facilityId));
	}

	@PutMapping
	@Operation(summary = "Describe the facility: name required, postal code of 7 digits, latitude -90..90 and "
			+ "longitude -180..180 both or neither; own facility only (400 problem+json with every refused field)")
	FacilityView describe(@PathVariable UUID facilityId, @Valid @RequestBody FacilityBody body,
			Authentication authentication) {
		managed(authentication, facilityId);
		FacilityDescription description = body.toDescription();
		FieldsRefused.throwIfAny(description.refusals());
		return FacilityView.of(this.facilities.describe(facilityId, description));
	}

	@GetMapping("/capacities")
	@Operation(summary = "What the facility can be booked for and how many a day; own facility only")
	List<CapacityView> capacities(@PathVariable UUID facilityId, Authentication authentication) {
		managed(authentication, facilityId);
		return this.facilities.capacities(facilityId).stream().map(CapacityView::of).toList();
	}

	@PostMapping("/capacities")
	@Operation(summary = "Add a capacity: kind, name, 0 to 5000 units a day; own facility only")
	ResponseEntity<CapacityView> addCapacity(@PathVariable UUID facilityId, @Valid @RequestBody CapacityBody body,
			Authentication authentication) {
		managed(authentication, facilityId);
		Capacity capacity = this.facilities.addCapacity(facilityId, body.kind(), JapaneseText.tidy(body.name()),
				body.translations(), body.unitsPerDay());
		if (Boolean.FALSE.equals(body.active())) {
			capacity = this.facilities.changeCapacity(facilityId, capacity.id(), body.kind(),
					JapaneseText.tidy(body.name()), body.translations(), body.unitsPerDay(), false);
		}
		return ResponseEntity
			.created(URI.create("/api/v1/tourism/facilities/" + facilityId + "/capacities/" + capacity.id()))
			.body(CapacityView.of(capacity));
	}

	@PutMapping("/capacities/{capacityId}")
	@Operation(summary = "Change a capacity; fewer units than are booked on a day leave those bookings as they are "
			+ "and take no new ones until enough are free; own facility only")
	CapacityView changeCapacity(@PathVariable UUID facilityId, @PathVariable UUID capacityId,
			@Valid @RequestBody CapacityBody body, Authentication authentication) {
		managed(authentication, facilityId);
		this.facilities.capacity(capacityId)
			.filter((capacity) -> capacity.facilityId().equals(facilityId))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return CapacityView
			.of(this.facilities.changeCapacity(facilityId, capacityId, body.kind(), JapaneseText.tidy(body.name()),
					body.translations(), body.unitsPerDay(), !Boolean.FALSE.equals(body.active())));
	}

	/**
	 * The facility, when the caller acts for it: its organisation's token or one of its
	 * staff; 403 otherwise, before anything is read or changed.
	 */
	private Facility managed(Authentication authentication, UUID facilityId) {
		Facility facility = this.facilities.find(facilityId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Object principal = (authentication != null) ? authentication.getPrincipal() : null;
		if (principal instanceof ApiClient client) {
			this.access.requireOwnFacility(client, facility.organisationId());
		}
		else if (principal instanceof CurrentUser user) {
			this.access.requireStaffOf(user, facility.organisationId());
		}
		else {
			throw new TourismAccess.Refused("Sign in or send a token");
		}
		return facility;
	}

	/** A facility's description as its systems send it. */
	record FacilityBody(@NotBlank(message = "{tourism.facility.error.name}") @Size(max = 120) @PlainText String name,
			@Size(max = 4000) @PlainText String description, @JapanesePostalCode String postalCode,
			@Size(max = 200) @PlainText String address, BigDecimal latitude, BigDecimal longitude,
			@Size(max = 500) @PlainText String openingHours, @Size(max = 20) @PlainText String phone) {

		FacilityDescription toDescription() {
			return new FacilityDescription(JapaneseText.tidy(this.name), blankToNull(this.description),
					PostalCode.parse(this.postalCode).map(PostalCode::value).orElse(null), blankToNull(this.address),
					scaled(this.latitude), scaled(this.longitude), blankToNull(this.openingHours),
					blankToNull(this.phone));
		}

		private static BigDecimal scaled(BigDecimal coordinate) {
			return (coordinate != null) ? coordinate.setScale(6, RoundingMode.HALF_UP) : null;
		}

		private static String blankToNull(String text) {
			return (text == null || text.isBlank()) ? null : text.strip();
		}

	}

	/** A facility as its own systems read it. */
	record FacilityView(UUID id, String kind, String name, String description, String postalCode, String address,
			BigDecimal latitude, BigDecimal longitude, String openingHours, String phone) {

		static FacilityView of(Facility facility) {
			FacilityDescription about = facility.description();
			return new FacilityView(facility.id(), facility.kind().name(), about.name(), about.description(),
					about.postalCode(), about.address(), about.latitude(), about.longitude(), about.openingHours(),
					about.phone());
		}

	}

	/** A capacity to add or change; {@code active} is true when left out. */
	record CapacityBody(@NotNull(message = "{tourism.capacity.error.kind}") CapacityKind kind,
			@NotBlank(message = "{tourism.capacity.error.name}") @Size(max = 120) @PlainText String name,
			@NotNull(message = "{tourism.capacity.error.units}") @Min(value = 0,
					message = "{tourism.capacity.error.units}") @Max(value = Capacity.MAX_UNITS_PER_DAY,
							message = "{tourism.capacity.error.units}") Integer unitsPerDay,
			Boolean active,
			@Schema(description = "The name in other languages than Japanese, by language tag (en, ko, zh-CN); "
					+ "a language without one shows the Japanese name") Map<String, @Size(max = 120) String> names) {

		/** The names by language; tags Musubi does not speak are refused. */
		Map<Language, String> translations() {
			Map<Language, String> translations = new EnumMap<>(Language.class);
			if (this.names != null) {
				this.names.forEach((tag, text) -> {
					Language language = Language.fromTag(tag)
						.filter((known) -> known != Language.JA)
						.orElseThrow(() -> new InputRefused("names", "tourism.capacity.error.language"));
					UnusableCharacter.refuseIn("names", text);
					String tidy = JapaneseText.tidy(text);
					if (tidy != null && !tidy.isEmpty()) {
						translations.put(language, tidy);
					}
				});
			}
			return translations;
		}

	}

	record CapacityView(UUID id, CapacityKind kind, String name, Map<String, String> names, int unitsPerDay,
			boolean active) {

		static CapacityView of(Capacity capacity) {
			Map<String, String> names = new TreeMap<>();
			capacity.translations().forEach((language, text) -> names.put(language.tag(), text));
			return new CapacityView(capacity.id(), capacity.kind(), capacity.name(), names, capacity.unitsPerDay(),
					capacity.isActive());
		}

	}

}
