package jp.musubi.tourism.confirmation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The stay as a calendar entry (RFC 5545) a guest adds with one tap: an all-day event
 * from the day of arrival to the day of departure, named after the programme, at the
 * first facility. The booking's id is its UID, so a changed booking's mail updates the
 * same entry instead of adding a second.
 */
final class StayCalendar {

	static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

	private StayCalendar() {
	}

	static byte[] of(UUID bookingId, LocalDate arrival, LocalDate departure, String programmeName, String location,
			String description) {
		// An all-day event ends on the day after its last day: the guest leaves on the
		// day of departure, so that day is part of the stay.
		VEvent event = new VEvent(arrival, departure.plusDays(1), programmeName);
		event.add(new Uid(bookingId.toString()));
		event.add(new Location(location));
		event.add(new Description(description));
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Musubi//Tourism//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(event);
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
