package jp.musubi.tourism;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import jp.musubi.platform.i18n.Language;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.Mailbox;
import jp.musubi.support.MusubiTest;
import jp.musubi.tourism.TourismParties.Region;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.Origin;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mails of a booking: one confirmation for a stay across two facilities, in the
 * language the guest booked in, with the stay as a calendar file and the check-in QR
 * code; a short note when it is cancelled.
 */
@MusubiTest
class BookingMailTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Bookings bookings;

	@Test
	void aKoreanBookingGetsOneConfirmationInKoreanWithTheStayAsCalendarAndTheCheckInQrCode() throws Exception {
		TourismParties parties = new TourismParties(this.context);
		Region region = parties.region(5, 10, 4);
		TestUser person = this.fixtures.guest("minji", Language.KO);
		Guest guest = parties.guest(person, Origin.abroad("KR"));
		LocalDate arrival = parties.today().plusDays(30);

		Booking booking = this.bookings.book(guest, region.programme().id(), arrival, 2, Language.KO, null);

		MimeMessage mail = Mailbox.awaitFirst(person.email());
		assertThat(Mailbox.to(person.email())).hasSize(1);
		assertThat(mail.getSubject()).isEqualTo("[Musubi] 예약이 확정되었습니다: 3박 미니 탕치 (" + booking.number() + ")");
		List<Part> parts = parts(mail);
		String body = parts.stream()
			.filter((part) -> isType(part, "text/plain") && fileName(part).isEmpty())
			.map(BookingMailTests::text)
			.findFirst()
			.orElseThrow();
		assertThat(body).contains("\u201c3박 미니 탕치\u201d 예약이 확정되었습니다.", booking.number(), region.lodging().name(),
				region.clinic().name(), "/tourism/bookings/" + booking.id());

		Part ics = parts.stream()
			.filter((part) -> fileName(part).endsWith(".ics"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no .ics attached"));
		Calendar calendar = new CalendarBuilder().build(ics.getInputStream());
		List<CalendarComponent> components = calendar.getComponents();
		assertThat(components).hasSize(1);
		VEvent event = (VEvent) components.get(0);
		assertThat(value(event, "DTSTART")).isEqualTo(arrival.toString().replace("-", ""));
		assertThat(value(event, "DTEND")).isEqualTo(booking.departure().plusDays(1).toString().replace("-", ""));
		assertThat(value(event, "UID")).isEqualTo(booking.id().toString());
		assertThat(value(event, "SUMMARY")).isEqualTo("3박 미니 탕치");
		assertThat(value(event, "LOCATION")).isEqualTo(region.lodging().name());

		Part png = parts.stream()
			.filter((part) -> fileName(part).endsWith(".png"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no QR code attached"));
		assertThat(QrCodes.text(png.getInputStream().readAllBytes()))
			.isEqualTo("http://localhost/tourism/check-in/" + booking.checkInToken());
	}

	@Test
	void aCancelledBookingGetsAShortNoteWithTheFee() throws Exception {
		TourismParties parties = new TourismParties(this.context);
		Region region = parties.region(5, 10, 4);
		TestUser person = this.fixtures.member("torikeshi");
		Guest guest = parties.guest(person, Origin.japan(jp.musubi.platform.text.Prefecture.CHIBA, null));
		Booking booking = this.bookings.book(guest, region.programme().id(), parties.today().plusDays(10), 1,
				Language.JA, null);
		Mailbox.awaitFirst(person.email());

		this.bookings.cancel(booking.id());

		MimeMessage note = Mailbox.awaitNth(person.email(), 2);
		assertThat(note.getSubject()).isEqualTo("【Musubi】ご予約を取り消しました：3泊ミニ湯治（" + booking.number() + "）");
		assertThat(Mailbox.body(note)).contains("「3泊ミニ湯治」のご予約を取り消しました。", "取消料: 0円");
	}

	private static String value(VEvent event, String name) {
		return event.<Property>getProperty(name)
			.orElseThrow(() -> new AssertionError("no " + name + " in the event"))
			.getValue();
	}

	private static List<Part> parts(Part part) throws Exception {
		List<Part> found = new ArrayList<>();
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				found.addAll(parts(child));
			}
		}
		else {
			found.add(part);
		}
		return found;
	}

	private static boolean isType(Part part, String type) {
		try {
			return part.isMimeType(type);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String fileName(Part part) {
		try {
			return (part.getFileName() != null) ? part.getFileName() : "";
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(Part part) {
		try (InputStream in = part.getInputStream()) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
