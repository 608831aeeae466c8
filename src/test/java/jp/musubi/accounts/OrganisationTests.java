package jp.musubi.accounts;

import java.util.UUID;

import jp.musubi.accounts.account.CurrentUsers;
import jp.musubi.accounts.organisation.Membership;
import jp.musubi.accounts.organisation.OrganisationRepository;
import jp.musubi.platform.security.Role;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.Mailbox;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@MusubiTest
class OrganisationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	CurrentUsers currentUsers;

	@Test
	void anAdminCreatesAnOrganisationWithItsFirstOwner() throws Exception {
		TestUser admin = this.fixtures.admin("admin");
		TestUser owner = this.fixtures.member("owner");
		this.mvc
			.perform(post("/admin/organisations").with(csrf())
				.with(this.fixtures.signedIn(admin))
				.param("name", "湯の森温泉 ほたる荘")
				.param("type", "FACILITY")
				.param("facilityKind", "ONSEN_LODGING")
				.param("prefecture", "07")
				.param("ownerEmail", owner.email()))
			.andExpect(redirectedUrl("/admin/organisations"));
		assertThat(this.currentUsers.of(owner.id()).roles()).contains(Role.FACILITY_STAFF);
		assertThat(Page.of(this.mvc.perform(get("/organisations").with(this.fixtures.signedIn(owner)))).text())
			.contains("湯の森温泉 ほたる荘");
	}

	@Test
	void anAdminIsToldWhatIsMissingForANewOrganisation() throws Exception {
		TestUser admin = this.fixtures.admin("strict");
		long before = this.organisations.count();
		Page page = Page.of(this.mvc.perform(post("/admin/organisations").with(csrf())
			.with(this.fixtures.signedIn(admin))
			.param("name", "")
			.param("type", "FACILITY")
			.param("ownerEmail", Fixtures.uniqueEmail("nobody"))));
		assertThat(page.errorFor("name")).contains("名称を入力してください");
		assertThat(page.errorFor("facilityKind")).contains("施設の種類を選んで");
		Page noOwner = Page.of(this.mvc.perform(post("/admin/organisations").with(csrf())
			.with(this.fixtures.signedIn(admin))
			.param("name", "株式会社テスト")
			.param("type", "CLIENT")
			.param("clientKind", "COMPANY")
			.param("ownerEmail", Fixtures.uniqueEmail("nobody"))));
		assertThat(noOwner.errorFor("ownerEmail")).contains("利用中のアカウントがありません");
		assertThat(this.organisations.count()).isEqualTo(before);
	}

	@Test
	void anOwnerInvitesByMailAndTheInviteeJoinsWithTheOrganisationsRole() throws Exception {
		TestUser owner = this.fixtures.member("client-owner");
		TestUser invitee = this.fixtures.member("colleague");
		UUID organisation = this.fixtures.organisation("株式会社ゆのもり観光", OrganisationType.CLIENT, owner);

		this.mvc.perform(invite(owner, organisation, invitee.email()))
			.andExpect(redirectedUrl("/organisations/" + organisation));
		var mail = Mailbox.awaitFirst(invitee.email());
		assertThat(Mailbox.body(mail)).contains("株式会社ゆのもり観光").contains("7日");
		String link = Mailbox.path(mail, "/invitations/");

		TestUser stranger = this.fixtures.member("stranger");
		assertThat(Page.of(this.mvc.perform(get(link).with(this.fixtures.signedIn(stranger)))).text())
			.contains("別のメールアドレス宛て");
		this.mvc.perform(post(link + "/accept").with(csrf()).with(this.fixtures.signedIn(stranger)));
		assertThat(this.organisations.findById(organisation).orElseThrow().isMember(stranger.id())).isFalse();

		this.mvc.perform(post(link + "/accept").with(csrf()).with(this.fixtures.signedIn(invitee)))
			.andExpect(redirectedUrl("/organisations/" + organisation));
		assertThat(this.organisations.findById(organisation).orElseThrow().isMember(invitee.id())).isTrue();
		assertThat(this.currentUsers.of(invitee.id()).roles()).contains(Role.CLIENT);

		assertThat(Page.of(this.mvc.perform(get(link).with(this.fixtures.signedIn(invitee)))).text())
			.contains("すでに受けられています");
	}

	@Test
	void onlyAnOwnerInvitesAndRemoves() throws Exception {
		TestUser owner = this.fixtures.member("boss");
		TestUser member = this.fixtures.member("staff");
		UUID organisation = this.fixtures.organisation("ゆのもり農園", OrganisationType.PRODUCER, owner);
		addMember(organisation, member);

		this.mvc.perform(invite(member, organisation, Fixtures.uniqueEmail("friend")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/organisations/{id}/members/{member}/remove", organisation, owner.id()).with(csrf())
				.with(this.fixtures.signedIn(member)))
			.andExpect(status().isForbidden());
		assertThat(this.organisations.findById(organisation).orElseThrow().isOwner(owner.id())).isTrue();

		this.mvc
			.perform(post("/organisations/{id}/members/{member}/remove", organisation, member.id()).with(csrf())
				.with(this.fixtures.signedIn(owner)))
			.andExpect(redirectedUrl("/organisations/" + organisation));
		assertThat(this.organisations.findById(organisation).orElseThrow().isMember(member.id())).isFalse();
	}

	@Test
	void theLastOwnerCannotLeaveOthersBehind() throws Exception {
		TestUser owner = this.fixtures.member("last");
		TestUser member = this.fixtures.member("left");
		UUID organisation = this.fixtures.organisation("NPOゆのもり", OrganisationType.NPO, owner);
		addMember(organisation, member);
		this.mvc.perform(post("/organisations/{id}/members/{member}/remove", organisation, owner.id()).with(csrf())
			.with(this.fixtures.signedIn(owner)));
		assertThat(this.organisations.findById(organisation).orElseThrow().isOwner(owner.id())).isTrue();
	}

	@Test
	void nobodyOutsideSeesAnOrganisationOrItsMembers() throws Exception {
		TestUser owner = this.fixtures.member("private");
		TestUser outsider = this.fixtures.member("outsider");
		UUID organisation = this.fixtures.organisation("医療法人ゆのもり診療所", OrganisationType.FACILITY, owner);
		this.mvc.perform(get("/organisations/{id}", organisation).with(this.fixtures.signedIn(outsider)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/organisations/{id}/edit", organisation).with(this.fixtures.signedIn(outsider)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/organisations/{id}/edit", organisation).with(csrf())
				.with(this.fixtures.signedIn(outsider))
				.param("name", "乗っ取り"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/organisations/{id}/tokens", organisation).with(csrf())
				.with(this.fixtures.signedIn(outsider))
				.param("name", "盗む"))
			.andExpect(status().isForbidden());
		assertThat(this.organisations.findById(organisation).orElseThrow().name()).isEqualTo("医療法人ゆのもり診療所");
	}

	@Test
	void anInvitationToSomeoneAlreadyInsideOrToABadAddressIsExplained() throws Exception {
		TestUser owner = this.fixtures.member("inviter");
		UUID organisation = this.fixtures.organisation("ゆのもり町役場", OrganisationType.CLIENT, owner);
		var result = this.mvc.perform(invite(owner, organisation, owner.email())).andReturn();
		assertThat(result.getFlashMap().get("inviteError")).isEqualTo("accounts.organisation.error.alreadyMember");
		var bad = this.mvc.perform(invite(owner, organisation, "no-at-sign")).andReturn();
		assertThat(bad.getFlashMap().get("inviteError")).isEqualTo("validation.email.format");
	}

	private void addMember(UUID organisation, TestUser member) throws Exception {
		TestUser owner = ownerOf(organisation);
		this.mvc.perform(invite(owner, organisation, member.email()));
		String link = Mailbox.path(Mailbox.awaitFirst(member.email()), "/invitations/");
		this.mvc.perform(post(link + "/accept").with(csrf()).with(this.fixtures.signedIn(member)));
	}

	private TestUser ownerOf(UUID organisation) {
		var owner = this.organisations.findById(organisation)
			.orElseThrow()
			.memberships()
			.stream()
			.filter(Membership::owner)
			.findFirst()
			.orElseThrow();
		return new TestUser(owner.accountId(), null);
	}

	private MockHttpServletRequestBuilder invite(TestUser owner, UUID organisation, String email) {
		return post("/organisations/{id}/invitations", organisation).with(csrf())
			.with(this.fixtures.signedIn(owner))
			.param("email", email);
	}

}
