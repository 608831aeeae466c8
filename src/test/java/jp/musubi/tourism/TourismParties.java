package jp.musubi.tourism;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.musubi.accounts.FacilityKind;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.web.Dates;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MovableClock;
import jp.musubi.tourism.facility.Capacity;
import jp.musubi.tourism.facility.CapacityKind;
import jp.musubi.tourism.facility.Facilities;
import jp.musubi.tourism.facility.Facility;
import jp.musubi.tourism.guest.Consent;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.GuestDetails;
import jp.musubi.tourism.guest.Guests;
import jp.musubi.tourism.guest.Interest;
import jp.musubi.tourism.guest.Origin;
import jp.musubi.tourism.programme.Component;
import jp.musubi.tourism.programme.Programme;
import jp.musubi.tourism.programme.ProgrammeTerms;
import jp.musubi.tourism.programme.Programmes;

import org.springframework.context.ApplicationContext;

/**
 * The people and places of a CRM test, each test with its own: an onsen lodging with
 * rooms and therapy sessions, a clinic with checkup slots, and the 3-night mini-toji the
 * agent composes from them (lodging 3 nights, a therapy session every day, a checkup on
 * day 0).
 */
public class TourismParties {

	private final Fixtures fixtures;

	private final Facilities facilities;

	private final Programmes programmes;

	private final Guests guests;

	private final MovableClock clock;

	public TourismParties(ApplicationContext context) {
		this.fixtures = context.getBean(Fixtures.class);
		this.facilities = context.getBean(Facilities.class);
		this.programmes = context.getBean(Programmes.class);
		this.guests = context.getBean(Guests.class);
		this.clock = context.getBean(MovableClock.class);
	}

	/**
	 * A fresh region: two facilities with their staff, capacities and a published
	 * programme.
	 */
	public Region region(int rooms, int therapySlots, int checkupSlots) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		TestUser lodgingStaff = this.fixtures.member("yumori");
		TestUser clinicStaff = this.fixtures.member("ishi");
		TestUser agentStaff = this.fixtures.member("yuki");
		UUID agent = this.fixtures.organisation("エージェント " + tag, jp.musubi.accounts.OrganisationType.AGENT, agentStaff);
		Facility lodging = this.facilities
			.open(this.fixtures.facility("ほたる荘 " + tag, FacilityKind.ONSEN_LODGING, lodgingStaff));
		Facility clinic = this.facilities
			.open(this.fixtures.facility("ゆのもり診療所 " + tag, FacilityKind.MEDICAL_INSTITUTION, clinicStaff));
		Capacity room = this.facilities.addCapacity(lodging.id(), CapacityKind.ROOM_NIGHT, "和室", rooms);
		Capacity therapy = this.facilities.addCapacity(lodging.id(), CapacityKind.THERAPY_SLOT, "湯治指導", therapySlots);
		Capacity checkup = this.facilities.addCapacity(clinic.id(), CapacityKind.CHECKUP_SLOT, "健康チェック", checkupSlots);
		Programme programme = this.programmes.compose(miniToji("TOJI-" + tag, room, therapy, checkup), agentStaff.id());
		this.programmes.publish(programme.id(), true);
		return new Region(agent, agentStaff, lodging, lodgingStaff, clinic, clinicStaff, room, therapy, checkup,
				this.programmes.find(programme.id()).orElseThrow());
	}

	/**
	 * The 3-night mini-toji: ¥45,000 a person, all year, 1 to 4 people, free change until
	 * 3 days before.
	 */
	public ProgrammeTerms miniToji(String code, Capacity room, Capacity therapy, Capacity checkup) {
		LocalDate today = today();
		Map<Language, ProgrammeTerms.Text> texts = new EnumMap<>(Language.class);
		texts.put(Language.JA, new ProgrammeTerms.Text("3泊ミニ湯治", "温泉療法士の指導つきの3泊。初日に診療所で健康チェック。"));
		texts.put(Language.EN, new ProgrammeTerms.Text("3-night mini-toji", "Three nights of hot-spring therapy."));
		texts.put(Language.KO, new ProgrammeTerms.Text("3박 미니 탕치", "온천 요법사의 지도와 함께하는 3박."));
		texts.put(Language.ZH_CN, new ProgrammeTerms.Text("三晚迷你汤治", "三晚温泉疗养，附健康检查。"));
		return new ProgrammeTerms(code, 3, Yen.of(45000), today.minusDays(30), today.plusYears(1), 1, 4, 3, 50, texts,
				List.of(new Component(room.id(), 0, 3, false), new Component(therapy.id(), 0, 3, true),
						new Component(checkup.id(), 0, 1, true)));
	}

	/** A guest from Tokyo, or from Korea, with the consents given. */
	public Guest guest(TestUser person, Origin origin, Consent... consents) {
		return this.guests.keep(person.id(), new GuestDetails(origin.isJapan() ? Language.JA : Language.KO, origin,
				Set.of(Interest.ONSEN), Set.of(consents)));
	}

	/**
	 * A guest record for a person the test never signs in as, so no account is made (a
	 * password hash each would make a test of hundreds of guests slow).
	 */
	public Guest guestWithoutAccount(Origin origin, Consent... consents) {
		return this.guests.keep(UUID.randomUUID(),
				new GuestDetails(Language.JA, origin, Set.of(Interest.ONSEN), Set.of(consents)));
	}

	public Guest guestFromTokyo(String name, Consent... consents) {
		return guest(this.fixtures.member(name), Origin.japan(Prefecture.TOKYO, "世田谷区"), consents);
	}

	public Guest guestFromKorea(String name, Consent... consents) {
		return guest(this.fixtures.guest(name, Language.KO), Origin.abroad("KR"), consents);
	}

	public LocalDate today() {
		return Dates.today(this.clock);
	}

	/** Two facilities, their staff and capacities, and the programme across them. */
	public record Region(UUID agentOrganisation, TestUser agentStaff, Facility lodging, TestUser lodgingStaff,
			Facility clinic, TestUser clinicStaff, Capacity room, Capacity therapy, Capacity checkup,
			Programme programme) {

	}

}
