package jp.musubi.tourism;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jp.musubi.platform.i18n.Language;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MusubiTest;
import jp.musubi.tourism.TourismParties.Region;
import jp.musubi.tourism.booking.BookingStatus;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.facility.Capacity;
import jp.musubi.tourism.facility.Facilities;
import jp.musubi.tourism.guest.Guests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guest's API, signed in as on the site: the profile first, then booking, changing
 * and cancelling, with refusals in the caller's language and nothing of another guest's.
 */
@MusubiTest
class GuestBookingsApiTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Bookings bookings;

	@Autowired
	Guests guests;

	@Autowired
	Facilities facilities;

	TourismParties parties;

	Region region;

	@BeforeEach
	void region() {
		this.parties = new TourismParties(this.context);
		this.region = this.parties.region(5, 10, 4);
	}

	@Test
	void aGuestKeepsTheirProfileBooksChangesAndCancelsThroughTheApi() throws Exception {
		TestUser person = this.fixtures.member("api");
		this.mvc.perform(get("/api/v1/tourism/me").with(this.fixtures.signedIn(person)))
			.andExpect(status().isNotFound());
		this.mvc.perform(newBooking(person, this.parties.today().plusDays(10), 2))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].messageKey").value("tourism.api.error.guestNeeded"));

		this.mvc
			.perform(profile(person,
					"{\"country\":\"KR\",\"language\":\"ko\",\"interests\":[\"ONSEN\"],"
							+ "\"marketing\":true,\"health\":false,\"sharing\":false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.targetArea").value("ASIA"))
			.andExpect(jsonPath("$.marketing").value(true));

		LocalDate arrival = this.parties.today().plusDays(10);
		String location = this.mvc.perform(newBooking(person, arrival, 2).header(HttpHeaders.ACCEPT_LANGUAGE, "ko"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.programmeName").value("3박 미니 탕치"))
			.andExpect(jsonPath("$.price").value(90000))
			.andExpect(jsonPath("$.statusText").value("예약 확정"))
			.andExpect(jsonPath("$.lines", hasSize(7)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID id = UUID.fromString(location.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1"));

		this.mvc.perform(get("/api/v1/tourism/bookings").with(this.fixtures.signedIn(person)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].id").value(id.toString()));
		this.mvc
			.perform(put("/api/v1/tourism/bookings/{id}", id).with(csrf())
				.with(this.fixtures.signedIn(person))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"arrival\":\"" + arrival.plusDays(2) + "\",\"partySize\":1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.arrival").value(arrival.plusDays(2).toString()))
			.andExpect(jsonPath("$.price").value(45000));
		this.mvc
			.perform(post("/api/v1/tourism/bookings/{id}/cancel", id).with(csrf()).with(this.fixtures.signedIn(person)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.cancellationFee").value(0));
		this.mvc
			.perform(post("/api/v1/tourism/bookings/{id}/cancel", id).with(csrf()).with(this.fixtures.signedIn(person)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].messageKey").value("tourism.booking.refused.CANCELLED"));
	}

	@Test
	void refusedBookingsAnswerWithTheMessageInTheCallersLanguageAndTakeNothing() throws Exception {
		TestUser person = this.fixtures.member("apirefuse");
		this.mvc.perform(profile(person, "{\"country\":\"JP\",\"prefecture\":\"13\",\"language\":\"ja\"}"))
			.andExpect(status().isOk());
		LocalDate today = this.parties.today();

		this.mvc.perform(newBooking(person, today.minusDays(1), 2).header(HttpHeaders.ACCEPT_LANGUAGE, "ko"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("arrival"))
			.andExpect(jsonPath("$.errors[0].message").value("도착일은 내일 이후의 날짜로 해 주세요."));
		this.mvc.perform(newBooking(person, today.plusDays(5), 0).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("The party must be 1 to 4 people."));
		this.mvc.perform(newBooking(person, today.plusDays(5), 10000))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("人数は1〜4名にしてください。"));
		this.mvc
			.perform(post("/api/v1/tourism/bookings").with(csrf())
				.with(this.fixtures.signedIn(person))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"programmeId\":\"" + this.region.programme().id()
						+ "\",\"arrival\":\"next friday\",\"partySize\":2}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("arrival"));
		this.mvc
			.perform(post("/api/v1/tourism/bookings").with(csrf())
				.with(this.fixtures.signedIn(person))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"programmeId\":\"" + this.region.programme().id() + "\",\"arrival\":\"" + today.plusDays(5)
						+ "\",\"partySize\":2,\"redemptionCode\":\"ABCDEFGHIJKLMNOPQRSTU\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("redemptionCode"))
			.andExpect(jsonPath("$.errors[0].message").value("クーポンコードは20文字以内で入力してください。"));

		this.mvc
			.perform(profile(person,
					"{\"country\":\"JP\",\"prefecture\":\"13\",\"city\":\"" + "世".repeat(61)
							+ "\",\"language\":\"ja\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("city"))
			.andExpect(jsonPath("$.errors[0].message").value("市区町村は60文字以内で入力してください。"));
		this.mvc.perform(profile(person, "{\"country\":\"JP\",\"prefecture\":\"13\",\"language\":\"tlh\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("language"))
			.andExpect(jsonPath("$.errors[0].message").value("一覧にある言語を選んでください。"));
		assertThat(this.guests.ofAccount(person.id()).orElseThrow().language().tag()).isEqualTo("ja");
		UUID guestId = this.guests.ofAccount(person.id()).orElseThrow().id();
		assertThat(
				this.bookings.ofGuest(guestId, org.springframework.data.domain.Pageable.unpaged()).getTotalElements())
			.isZero();
	}

	@Test
	void anotherGuestsBookingIsRefusedThroughTheApiAndStaysAsItWas() throws Exception {
		TestUser owner = this.fixtures.member("apiowner");
		this.mvc.perform(profile(owner, "{\"country\":\"JP\",\"prefecture\":\"13\",\"language\":\"ja\"}"));
		String created = this.mvc.perform(newBooking(owner, this.parties.today().plusDays(8), 2))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID id = UUID.fromString(created.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1"));
		TestUser other = this.fixtures.member("apiother");
		this.mvc.perform(profile(other, "{\"country\":\"JP\",\"prefecture\":\"12\",\"language\":\"ja\"}"));

		this.mvc.perform(get("/api/v1/tourism/bookings/{id}", id).with(this.fixtures.signedIn(other)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/tourism/bookings/{id}/cancel", id).with(csrf()).with(this.fixtures.signedIn(other)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/v1/tourism/bookings/{id}", id).with(csrf())
				.with(this.fixtures.signedIn(other))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"arrival\":\"" + this.parties.today().plusDays(9) + "\",\"partySize\":1}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/tourism/bookings").with(this.fixtures.signedIn(other)))
			.andExpect(jsonPath("$.items", hasSize(0)));

		assertThat(this.bookings.find(id).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(this.bookings.find(id).orElseThrow().partySize()).isEqualTo(2);
	}

	@Test
	void aSoldOutComponentIsNamedInTheCallersLanguageWhereTheFacilityGaveOne() throws Exception {
		Capacity checkup = this.region.checkup();
		this.facilities.changeCapacity(checkup.facilityId(), checkup.id(), checkup.kind(), checkup.name(),
				Map.of(Language.EN, "Health check"), checkup.unitsPerDay(), true);
		LocalDate arrival = this.parties.today().plusDays(12);
		this.bookings.book(this.parties.guestFromTokyo("先客"), this.region.programme().id(), arrival, 4, Language.JA,
				null);
		TestUser person = this.fixtures.member("apisoldout");
		this.mvc.perform(profile(person, "{\"country\":\"KR\",\"language\":\"ko\"}")).andExpect(status().isOk());

		this.mvc.perform(newBooking(person, arrival, 1).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("Health check is fully booked on ")));
		this.mvc.perform(newBooking(person, arrival, 1).header(HttpHeaders.ACCEPT_LANGUAGE, "ko"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("“健康チェック”에 빈자리가 없습니다")));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder newBooking(TestUser person,
			LocalDate arrival, int party) {
		return post("/api/v1/tourism/bookings").with(csrf())
			.with(this.fixtures.signedIn(person))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"programmeId\":\"" + this.region.programme().id() + "\",\"arrival\":\"" + arrival
					+ "\",\"partySize\":" + party + "}");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder profile(TestUser person,
			String json) {
		return put("/api/v1/tourism/me").with(csrf())
			.with(this.fixtures.signedIn(person))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

}
