package jp.musubi.tourism.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.musubi.platform.region.DemoRegion;
import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.accounts.PersonSummary;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.web.Dates;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.facility.Capacity;
import jp.musubi.tourism.facility.CapacityKind;
import jp.musubi.tourism.facility.Facilities;
import jp.musubi.tourism.facility.Facility;
import jp.musubi.tourism.facility.FacilityDescription;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo region's tourism: the onsen lodging and the clinic with what they can be
 * booked for, two programmes across them in four languages, nearby cities, and the Korean
 * demo guest with one booking. Made through the same services as people use, on the first
 * start of an empty database.
 */
@org.springframework.stereotype.Component
@Order(300)
class TourismDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TourismDemo.class);

	private final Accounts accounts;

	private final Facilities facilities;

	private final Programmes programmes;

	private final Guests guests;

	private final Bookings bookings;

	private final Clock clock;

	private final boolean enabled;

	TourismDemo(Accounts accounts, Facilities facilities, Programmes programmes, Guests guests, Bookings bookings,
			Clock clock, DemoRegion demo) {
		this.accounts = accounts;
		this.facilities = facilities;
		this.programmes = programmes;
		this.guests = guests;
		this.bookings = bookings;
		this.clock = clock;
		this.enabled = demo.enabled();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.enabled || !this.facilities.all().isEmpty()) {
			return;
		}
		Optional<UUID> lodgingOrganisation = facilityOf("facility@demo.musubi.jp");
		Optional<UUID> clinicOrganisation = facilityOf("clinic@demo.musubi.jp");
		Optional<PersonSummary> staff = this.accounts.personByEmail("staff@demo.musubi.jp");
		if (lodgingOrganisation.isEmpty() || clinicOrganisation.isEmpty() || staff.isEmpty()) {
			return;
		}
		Facility lodging = this.facilities.open(lodgingOrganisation.get());
		this.facilities.describe(lodging.id(),
				new FacilityDescription(lodging.name(), "源泉かけ流しの湯治宿です。長く滞在されるお客様のために自炊場と図書室があります。温泉療法士が入浴の仕方をご案内します。",
						"9690000", "福島県ゆのもり町湯の森1-2", new BigDecimal("37.512300"), new BigDecimal("140.123400"),
						"チェックイン 15:00〜18:00、チェックアウト 10:00", "0241-00-0000"));
		Facility clinic = this.facilities.open(clinicOrganisation.get());
		this.facilities.describe(clinic.id(),
				new FacilityDescription(clinic.name(), "温泉療法と生活習慣病の健康チェックを行う診療所です。", "9690001", "福島県ゆのもり町湯の森3-4",
						new BigDecimal("37.514500"), new BigDecimal("140.121000"), "平日 9:00〜12:00、14:00〜17:00（土曜は午前のみ）",
						"0241-00-0001"));
		Capacity room = this.facilities
			.addCapacity(
					lodging.id(), CapacityKind.ROOM_NIGHT, "和室（湯治棟）", Map.of(Language.EN,
							"Japanese-style room (toji wing)", Language.KO, "다다미방 (탕치동)", Language.ZH_CN, "和室（汤治栋）"),
					12);
		Capacity therapy = this.facilities.addCapacity(lodging.id(), CapacityKind.THERAPY_SLOT, "温泉療法士の入浴指導",
				Map.of(Language.EN, "Bathing guidance by a hot-spring therapist", Language.KO, "온천 요법사의 입욕 지도",
						Language.ZH_CN, "温泉疗法师的入浴指导"),
				8);
		Capacity checkup = this.facilities.addCapacity(clinic.id(), CapacityKind.CHECKUP_SLOT, "健康チェック",
				Map.of(Language.EN, "Health check", Language.KO, "건강 체크", Language.ZH_CN, "健康检查"), 4);

		LocalDate today = Dates.today(this.clock);
		UUID agent = staff.get().id();
		Programme toji = this.programmes
			.compose(new ProgrammeTerms("MINI-TOJI-3", 3, Yen.of(48000), today, today.plusYears(1), 1, 4, 3, 50, texts(
					"3泊4日 ミニ湯治", "ほたる荘に3泊し、毎日温泉療法士の入浴指導を受けます。初日にゆのもり診療所で健康チェックを受け、湯治の進め方を相談できます。", "3-night mini-toji",
					"Three nights at Hotaru-so with a daily bathing session guided by a hot-spring therapist, and a health check at Yunomori Clinic on the first day.",
					"3박 4일 미니 탕치", "호타루소에서 3박하며 매일 온천 요법사의 입욕 지도를 받습니다. 첫날 유노모리 진료소에서 건강 체크를 받습니다.", "三晚四天迷你汤治",
					"在萤庄住宿三晚，每天由温泉疗法师指导入浴。第一天在汤之森诊所进行健康检查。"),
					List.of(new Component(room.id(), 0, 3, false), new Component(therapy.id(), 0, 3, true),
							new Component(checkup.id(), 0, 1, true))),
					agent);
		this.programmes.publish(toji.id(), true);
		Programme night = this.programmes
			.compose(new ProgrammeTerms("ONSEN-1", 1, Yen.of(16000), today, today.plusYears(1), 1, 6, 2, 30,
					texts("1泊 温泉療養体験", "はじめての方向けの1泊です。温泉療法士と一緒に、体に負担の少ない入浴の仕方を学びます。", "One night of hot-spring therapy",
							"A first night for newcomers: learn gentle ways of bathing with a hot-spring therapist.",
							"1박 온천 요양 체험", "처음 오시는 분을 위한 1박. 온천 요법사와 함께 몸에 부담이 적은 입욕법을 배웁니다.", "一晚温泉疗养体验",
							"为初次体验者准备的一晚住宿。与温泉疗法师一起学习对身体负担较小的入浴方法。"),
					List.of(new Component(room.id(), 0, 1, false), new Component(therapy.id(), 0, 1, true))), agent);
		this.programmes.publish(night.id(), true);

		this.guests.addNearbyPlace(Prefecture.FUKUSHIMA, "郡山市");
		this.guests.addNearbyPlace(Prefecture.FUKUSHIMA, "いわき市");
		this.guests.addNearbyPlace(Prefecture.MIYAGI, "仙台市");

		this.accounts.personByEmail("guest@demo.musubi.jp").ifPresent((person) -> {
			Guest guest = this.guests.keep(person.id(),
					new GuestDetails(Language.KO, Origin.abroad("KR"),
							Set.of(Interest.ONSEN, Interest.TOJI, Interest.HIKING),
							Set.of(Consent.MARKETING, Consent.SHARING)));
			this.bookings.book(guest, toji.id(), today.plusDays(14), 2, Language.KO, null);
		});
		log.info("Demo tourism loaded: 2 facilities, 2 programmes, 1 booking");
	}

	private Optional<UUID> facilityOf(String ownerEmail) {
		return this.accounts.personByEmail(ownerEmail)
			.flatMap((person) -> this.accounts.organisationsOf(person.id())
				.stream()
				.filter((organisation) -> organisation.type() == OrganisationType.FACILITY)
				.map(OrganisationSummary::id)
				.findFirst());
	}

	private static Map<Language, ProgrammeTerms.Text> texts(String... namesAndSummaries) {
		Map<Language, ProgrammeTerms.Text> texts = new EnumMap<>(Language.class);
		Language[] languages = { Language.JA, Language.EN, Language.KO, Language.ZH_CN };
		for (int i = 0; i < languages.length; i++) {
			texts.put(languages[i], new ProgrammeTerms.Text(namesAndSummaries[2 * i], namesAndSummaries[2 * i + 1]));
		}
		return texts;
	}

}
