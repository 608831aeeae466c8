package jp.musubi.accounts.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import jp.musubi.accounts.ClientKind;
import jp.musubi.accounts.FacilityKind;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.security.RandomToken;
import jp.musubi.platform.security.Role;
import jp.musubi.platform.text.Prefecture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OrganisationRulesTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneOffset.UTC);

	@Test
	void aFacilityNeedsItsKindAndAClientWhetherItIsACompany() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Organisation(details("施設"), OrganisationType.FACILITY, null, null, this.clock));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Organisation(details("発注者"), OrganisationType.CLIENT, null, null, this.clock));
		Organisation clinic = new Organisation(details("診療所"), OrganisationType.FACILITY, ClientKind.COMPANY,
				FacilityKind.MEDICAL_INSTITUTION, this.clock);
		assertThat(clinic.clientKind()).isNull();
		assertThat(clinic.facilityKind()).isEqualTo(FacilityKind.MEDICAL_INSTITUTION);
	}

	@Test
	void membersOfEachTypeHaveTheMatchingRole() {
		assertThat(OrganisationType.AGENT.memberRole()).contains(Role.AGENT_STAFF);
		assertThat(OrganisationType.FACILITY.memberRole()).contains(Role.FACILITY_STAFF);
		assertThat(OrganisationType.CLIENT.memberRole()).contains(Role.CLIENT);
		assertThat(OrganisationType.PRODUCER.memberRole()).contains(Role.PRODUCER);
		assertThat(OrganisationType.NPO.memberRole()).isEmpty();
	}

	@Test
	void theLastOwnerCannotLeaveWhileOthersRemainButMayLeaveAlone() {
		UUID owner = UUID.randomUUID();
		UUID member = UUID.randomUUID();
		Organisation organisation = new Organisation(details("NPO"), OrganisationType.NPO, null, null, this.clock);
		organisation.addMember(owner, true, this.clock);
		organisation.addMember(member, false, this.clock);
		assertThatExceptionOfType(Organisation.LastOwner.class).isThrownBy(() -> organisation.removeMember(owner));
		assertThat(organisation.removeMember(member)).isTrue();
		assertThat(organisation.removeMember(owner)).isTrue();
		assertThat(organisation.memberships()).isEmpty();
	}

	@Test
	void searchTextIsNormalisedSoFullWidthFindsHalfWidth() {
		Organisation organisation = new Organisation(
				new OrganisationDetails("ちばＳＯＨＯエージェンシー", "Chiba SOHO Agency", Prefecture.CHIBA, null, null, true),
				OrganisationType.AGENT, null, null, this.clock);
		assertThat(organisation).extracting("searchText").asString().contains("ちばsohoエージェンシー");
	}

	@Test
	void anInvitationIsForItsAddressOnlyAndLapses() {
		Invitation invitation = new Invitation(UUID.randomUUID(), "Hanako@Example.jp", RandomToken.generate(""),
				UUID.randomUUID(), Duration.ofDays(7), this.clock);
		assertThat(invitation.isFor("hanako@example.jp")).isTrue();
		assertThat(invitation.isFor("taro@example.jp")).isFalse();
		assertThat(invitation.state(this.clock)).isEqualTo(Invitation.State.PENDING);
		assertThat(invitation.state(Clock.offset(this.clock, Duration.ofDays(7)))).isEqualTo(Invitation.State.EXPIRED);
		invitation.cancel(this.clock);
		assertThat(invitation.state(this.clock)).isEqualTo(Invitation.State.CANCELLED);
	}

	@Test
	void anApiTokenShowsOnlyItsBeginning() {
		RandomToken secret = RandomToken.generate(ApiToken.PREFIX);
		ApiToken token = new ApiToken(UUID.randomUUID(), "受付", secret, UUID.randomUUID(), this.clock);
		assertThat(token.tokenHint()).hasSize(10).startsWith("msb_");
		assertThat(secret.value()).hasSizeGreaterThan(40);
		token.revoke(this.clock);
		assertThat(token.isActive()).isFalse();
	}

	private static OrganisationDetails details(String name) {
		return new OrganisationDetails(name, null, Prefecture.FUKUSHIMA, null, null, false);
	}

}
