package jp.musubi.tourism.confirmation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jp.musubi.platform.i18n.Language;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.booking.BookingLine;
import jp.musubi.tourism.facility.Capacity;
import jp.musubi.tourism.facility.CapacityKind;
import jp.musubi.tourism.facility.Facilities;
import jp.musubi.tourism.facility.Facility;
import jp.musubi.tourism.programme.Component;
import jp.musubi.tourism.programme.Programme;
import jp.musubi.tourism.programme.Programmes;

import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme or a booking in plain words for the guest: what is held at which facility
 * on which day ("宿泊 3泊 (ほたる荘)", "健康チェック 1日目 (ゆのもり診療所)"). The pages, the API and the
 * confirmation mail say it the same way.
 */
@org.springframework.stereotype.Component
public class Itineraries {

	private final Programmes programmes;

	private final Facilities facilities;

	private final MessageSource messages;

	Itineraries(Programmes programmes, Facilities facilities, MessageSource messages) {
		this.programmes = programmes;
		this.facilities = facilities;
		this.messages = messages;
	}

	/** The facilities a programme involves, in the order of its components. */
	@Transactional(readOnly = true)
	public List<Place> places(Programme programme) {
		Map<UUID, Place> places = new LinkedHashMap<>();
		for (Component component : programme.components()) {
			this.facilities.capacity(component.capacityId())
				.flatMap((capacity) -> this.facilities.find(capacity.facilityId()))
				.ifPresent((facility) -> places.putIfAbsent(facility.id(), new Place(facility.id(), facility.name())));
		}
		return List.copyOf(places.values());
	}

	/** Each component of the programme as a phrase in the language. */
	@Transactional(readOnly = true)
	public List<String> components(Programme programme, Locale locale) {
		List<String> phrases = new ArrayList<>();
		for (Component component : programme.components()) {
			this.facilities.capacity(component.capacityId()).ifPresent((capacity) -> {
				String place = this.facilities.find(capacity.facilityId()).map(Facility::name).orElse("");
				phrases.add(phrase(capacity, component, place, locale));
			});
		}
		return phrases;
	}

	/** What the booking holds, day by day, with its programme's name in the language. */
	@Transactional(readOnly = true)
	public Itinerary of(Booking booking, Language language) {
		Programme programme = this.programmes.find(booking.programmeId()).orElseThrow();
		Map<UUID, String> facilityNames = new LinkedHashMap<>();
		List<Stop> stops = new ArrayList<>();
		for (BookingLine line : booking.lines()) {
			String facility = facilityNames.computeIfAbsent(line.facilityId(),
					(id) -> this.facilities.find(id).map(Facility::name).orElse(""));
			Capacity capacity = this.facilities.capacity(line.capacityId()).orElse(null);
			stops.add(new Stop(line.day(), line.facilityId(), facility,
					(capacity != null) ? shown(capacity, language) : "", (capacity != null) ? capacity.kind() : null,
					line.units()));
		}
		// In the programme's order, so the stay begins where its first component is (the
		// lodging of a mini-toji), not wherever the first line of the day happens to be.
		List<Place> places = places(programme).stream()
			.filter((place) -> facilityNames.containsKey(place.id()))
			.toList();
		return new Itinerary(programme, programme.text(language).name(), places, stops);
	}

	private String phrase(Capacity capacity, Component component, String place, Locale locale) {
		if (capacity.kind() == CapacityKind.ROOM_NIGHT) {
			return this.messages.getMessage("tourism.itinerary.nights", new Object[] { component.days(), place },
					locale);
		}
		String what = shown(capacity, Language.ofOrDefault(locale));
		if (component.days() == 1) {
			return this.messages.getMessage("tourism.itinerary.day",
					new Object[] { what, component.firstDay() + 1, place }, locale);
		}
		return this.messages.getMessage("tourism.itinerary.days",
				new Object[] { what, component.firstDay() + 1, component.firstDay() + component.days(), place },
				locale);
	}

	/**
	 * The capacity's name in the language; where the facility has not named it in that
	 * language, its Japanese name, marked so that a guest knows why it is in Japanese.
	 */
	private String shown(Capacity capacity, Language language) {
		Capacity.LocalName name = capacity.name(language);
		return name.isIn(language) ? name.text() : this.messages.getMessage("tourism.capacity.inJapanese",
				new Object[] { name.text() }, language.locale());
	}

	/** A facility by id and name, for a link to its page. */
	public record Place(UUID id, String name) {

	}

	/** Units of one capacity held at a facility on a day. */
	public record Stop(LocalDate day, UUID facilityId, String facility, String capacity, CapacityKind kind, int units) {

	}

	/** A booking's programme and what it holds, where and when. */
	public record Itinerary(Programme programme, String programmeName, List<Place> places, List<Stop> stops) {

		/** Where the stay begins: the facility of the programme's first component. */
		public String firstPlace() {
			return this.places.isEmpty() ? "" : this.places.get(0).name();
		}

	}

}
