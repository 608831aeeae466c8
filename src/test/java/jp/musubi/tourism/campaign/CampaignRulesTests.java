package jp.musubi.tourism.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jp.musubi.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A campaign's own rules, without Spring: it is scheduled when written, can be changed or
 * called off only while it is, and records what its mailing reached. What a draft must
 * contain (a name, a Japanese text, a time to come, a segment with consenting guests) is
 * judged by {@link Campaigns} before a campaign sees it.
 */
class CampaignRulesTests {

	private final Clock clock = Clock.fixed(Instant.parse("2027-02-01T00:00:00Z"), ZoneOffset.UTC);

	private static final UUID STAFF = UUID.randomUUID();

	private static final UUID SEGMENT = UUID.randomUUID();

	@Test
	void aNewCampaignIsScheduledWithItsCodeAuthorAndNothingSentYet() {
		Campaign campaign = new Campaign(draft("春の湯治", SEGMENT, sendAt()), "MSB-ABCDEF", STAFF, this.clock.instant());

		assertThat(campaign.status()).isEqualTo(CampaignStatus.SCHEDULED);
		assertThat(campaign.isScheduled()).isTrue();
		assertThat(campaign.redemptionCode()).isEqualTo("MSB-ABCDEF");
		assertThat(campaign.createdBy()).isEqualTo(STAFF);
		assertThat(campaign.createdAt()).isEqualTo(this.clock.instant());
		assertThat(campaign.name()).isEqualTo("春の湯治");
		assertThat(campaign.segmentId()).isEqualTo(SEGMENT);
		assertThat(campaign.sendAt()).isEqualTo(sendAt());
		assertThat(campaign.jobId()).isEmpty();
		assertThat(campaign.sentAt()).isEmpty();
		assertThat(campaign.sentCount()).isZero();
		assertThat(campaign.leftOutCount()).isZero();
	}

	@Test
	void theNameAndTheMailAreKeptWithoutTheSpaceAroundThem() {
		CampaignDraft draft = new CampaignDraft("  春の湯治 \n", SEGMENT,
				Map.of(Language.JA, new CampaignDraft.Text(" 春のご案内 ", "\n本文です。\n"), Language.EN,
						new CampaignDraft.Text("Spring ", " Body")),
				sendAt());
		Campaign campaign = new Campaign(draft, "MSB-ABCDEF", STAFF, this.clock.instant());

		assertThat(campaign.name()).isEqualTo("春の湯治");
		assertThat(campaign.textIn(Language.JA)).contains(new CampaignText("ja", "春のご案内", "本文です。"));
		assertThat(campaign.textIn(Language.EN)).contains(new CampaignText("en", "Spring", "Body"));
	}

	@Test
	void aGuestGetsTheMailInTheirLanguageOrElseTheJapaneseOne() {
		Campaign campaign = scheduled();

		assertThat(campaign.textFor(Language.EN).subject()).isEqualTo("Spring stays");
		assertThat(campaign.textIn(Language.KO)).isEmpty();
		assertThat(campaign.textFor(Language.KO)).isEqualTo(new CampaignText("ja", "春のご案内", "本文です。"));
		assertThat(campaign.textFor(Language.ZH_CN).language()).isEqualTo("ja");
	}

	@Test
	void aScheduledCampaignIsChangedWholeAndTextsLeftOutAreGone() {
		Campaign campaign = scheduled();
		UUID otherSegment = UUID.randomUUID();
		Instant later = sendAt().plus(Duration.ofDays(2));

		campaign.change(new CampaignDraft("夏の湯治", otherSegment,
				Map.of(Language.JA, new CampaignDraft.Text("夏のご案内", "夏です。")), later));

		assertThat(campaign.name()).isEqualTo("夏の湯治");
		assertThat(campaign.segmentId()).isEqualTo(otherSegment);
		assertThat(campaign.sendAt()).isEqualTo(later);
		assertThat(campaign.textIn(Language.JA)).contains(new CampaignText("ja", "夏のご案内", "夏です。"));
		assertThat(campaign.textIn(Language.EN)).isEmpty();
		assertThat(campaign.status()).isEqualTo(CampaignStatus.SCHEDULED);
		// The code was printed nowhere yet but is the campaign's for good.
		assertThat(campaign.redemptionCode()).isEqualTo("MSB-ABCDEF");
	}

	@Test
	void eachSchedulingReplacesTheJobTheCampaignIsMailedBy() {
		Campaign campaign = scheduled();
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();

		campaign.scheduledAs(first);
		assertThat(campaign.jobId()).contains(first);
		campaign.scheduledAs(second);
		assertThat(campaign.jobId()).contains(second);
	}

	@Test
	void aScheduledCampaignCanBeCalledOff() {
		Campaign campaign = scheduled();

		campaign.cancel();

		assertThat(campaign.status()).isEqualTo(CampaignStatus.CANCELLED);
		assertThat(campaign.isScheduled()).isFalse();
		assertThat(campaign.sentAt()).isEmpty();
	}

	@Test
	void aCalledOffCampaignCannotBeChangedOrCalledOffAgainAndStaysAsItWas() {
		Campaign campaign = scheduled();
		campaign.cancel();

		assertThatThrownBy(() -> campaign.change(draft("夏の湯治", UUID.randomUUID(), sendAt().plusSeconds(60))))
			.isInstanceOf(Campaign.NoLongerScheduled.class)
			.hasMessage("The campaign is no longer scheduled");
		assertThatThrownBy(campaign::cancel).isInstanceOf(Campaign.NoLongerScheduled.class);

		assertThat(campaign.status()).isEqualTo(CampaignStatus.CANCELLED);
		assertThat(campaign.name()).isEqualTo("春の湯治");
		assertThat(campaign.segmentId()).isEqualTo(SEGMENT);
		assertThat(campaign.textIn(Language.EN)).isPresent();
	}

	@Test
	void aSentCampaignRecordsWhomItReachedAndWhen() {
		Campaign campaign = scheduled();
		Instant sentAt = sendAt().plusSeconds(30);

		campaign.sent(12, 3, sentAt);

		assertThat(campaign.status()).isEqualTo(CampaignStatus.SENT);
		assertThat(campaign.isScheduled()).isFalse();
		assertThat(campaign.sentCount()).isEqualTo(12);
		assertThat(campaign.leftOutCount()).isEqualTo(3);
		assertThat(campaign.sentAt()).contains(sentAt);
	}

	@Test
	void aCampaignCalledOffCannotBeRecordedAsSentNorSentTwice() {
		Campaign cancelled = scheduled();
		cancelled.cancel();
		Campaign sent = scheduled();
		sent.sent(12, 3, sendAt());

		assertThatThrownBy(() -> cancelled.sent(1, 0, sendAt())).isInstanceOf(Campaign.NoLongerScheduled.class);
		assertThatThrownBy(() -> sent.sent(1, 0, sendAt())).isInstanceOf(Campaign.NoLongerScheduled.class);
		assertThat(cancelled.status()).isEqualTo(CampaignStatus.CANCELLED);
		assertThat(cancelled.sentAt()).isEmpty();
		assertThat(sent.sentCount()).isEqualTo(12);
	}

	@Test
	void aSentCampaignCannotBeChangedOrCalledOff() {
		Campaign campaign = scheduled();
		campaign.sent(1, 0, sendAt());

		assertThatThrownBy(() -> campaign.change(draft("夏の湯治", SEGMENT, sendAt())))
			.isInstanceOf(Campaign.NoLongerScheduled.class);
		assertThatThrownBy(campaign::cancel).isInstanceOf(Campaign.NoLongerScheduled.class);
		assertThat(campaign.status()).isEqualTo(CampaignStatus.SENT);
		assertThat(campaign.name()).isEqualTo("春の湯治");
	}

	@Test
	void aDraftKeepsOnlyTheLanguagesSomethingWasWrittenIn() {
		Map<Language, CampaignDraft.Text> texts = new HashMap<>();
		texts.put(Language.JA, new CampaignDraft.Text("春のご案内", "本文です。"));
		texts.put(Language.EN, new CampaignDraft.Text(" ", null));
		texts.put(Language.KO, null);
		// Half a text is kept, so that the check can say which half is missing.
		texts.put(Language.ZH_CN, new CampaignDraft.Text("春季", " "));

		CampaignDraft draft = new CampaignDraft("春の湯治", SEGMENT, texts, null);

		assertThat(draft.texts()).containsOnlyKeys(Language.JA, Language.ZH_CN);
		assertThat(new CampaignDraft("春の湯治", SEGMENT, null, null).texts()).isEmpty();
	}

	@Test
	void theFieldsOfTheMailAreNamedAfterTheirLanguage() {
		assertThat(CampaignDraft.field("subject", Language.JA)).isEqualTo("subjectJa");
		assertThat(CampaignDraft.field("body", Language.EN)).isEqualTo("bodyEn");
		assertThat(CampaignDraft.field("subject", Language.ZH_CN)).isEqualTo("subjectZhCn");
	}

	@Test
	void aRedemptionCodeCannotBeMisreadOnPaperOrAloud() {
		for (int i = 0; i < 200; i++) {
			assertThat(RedemptionCode.next()).matches("MSB-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}");
		}
		assertThat(CampaignStatus.SENT.messageKey()).isEqualTo("tourism.campaign.status.SENT");
	}

	private Campaign scheduled() {
		return new Campaign(draft("春の湯治", SEGMENT, sendAt()), "MSB-ABCDEF", STAFF, this.clock.instant());
	}

	private Instant sendAt() {
		return this.clock.instant().plus(Duration.ofDays(1));
	}

	private static CampaignDraft draft(String name, UUID segment, Instant sendAt) {
		return new CampaignDraft(name, segment, Map.of(Language.JA, new CampaignDraft.Text("春のご案内", "本文です。"),
				Language.EN, new CampaignDraft.Text("Spring stays", "Come in spring.")), sendAt);
	}

}
