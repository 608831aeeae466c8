package jp.musubi.broadcast;

import java.util.UUID;

import jp.musubi.broadcast.channel.Channel;
import jp.musubi.broadcast.channel.Channels;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Channels through their pages: who may open one, what a bad form says with nothing
 * changed, and who sees a public, a members' and a private channel.
 */
@MusubiTest
class ChannelTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Channels channels;

	BroadcastParties parties;

	@BeforeEach
	void parties() {
		this.parties = new BroadcastParties(this.context);
	}

	@Test
	void aProducerOpensAChannelAndLandsOnItsManagementPage() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/broadcast/channels").with(csrf())
				.with(this.fixtures.signedIn(this.parties.producer))
				.param("organisationId", this.parties.producerOrganisation.toString())
				.param("name", "会津の四季")
				.param("description", "会津の畑から")
				.param("visibility", "PUBLIC"))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		String manage = result.getResponse().getRedirectedUrl();
		assertThat(manage).matches("/broadcast/channels/[0-9a-f-]{36}/manage");
		Page page = Page.of(this.mvc.perform(get(manage).with(this.fixtures.signedIn(this.parties.producer))));
		assertThat(page.heading()).isEqualTo("会津の四季");
		assertThat(page.text()).contains("写真・動画を載せる", "配信キーを発行する");
	}

	@Test
	void aBlankNameOrOneThatCannotBeShownIsRefusedNextToTheFieldAndNoChannelIsOpened() throws Exception {
		int before = this.channels.runBy(this.parties.current(this.parties.producer)).size();

		Page blank = Page.of(this.mvc.perform(post("/broadcast/channels").with(csrf())
			.with(this.fixtures.signedIn(this.parties.producer))
			.param("organisationId", this.parties.producerOrganisation.toString())
			.param("name", " ")
			.param("visibility", "PUBLIC")));
		Page reversed = Page.of(this.mvc.perform(post("/broadcast/channels").with(csrf())
			.with(this.fixtures.signedIn(this.parties.producer))
			.param("organisationId", this.parties.producerOrganisation.toString())
			.param("name", "会津\u202Eの四季")
			.param("visibility", "PUBLIC")));

		assertThat(blank.errorFor("name")).isEqualTo("名称を入力してください。");
		assertThat(reversed.errorFor("name")).isEqualTo("使えない文字が含まれています: U+202E（右から左への上書き）");
		assertThat(this.channels.runBy(this.parties.current(this.parties.producer))).hasSize(before);
	}

	@Test
	void aNameWithMarkupIsKeptAsTypedAndShownAsText() throws Exception {
		String name = "<script>alert(1)</script> 5 > 3 & javascript:alert(1)";
		MvcResult result = this.mvc
			.perform(post("/broadcast/channels").with(csrf())
				.with(this.fixtures.signedIn(this.parties.producer))
				.param("organisationId", this.parties.producerOrganisation.toString())
				.param("name", name)
				.param("description", "<img src=x onerror=alert(1)>")
				.param("visibility", "PUBLIC"))
			.andReturn();

		String manage = result.getResponse().getRedirectedUrl();
		assertThat(manage).matches("/broadcast/channels/[0-9a-f-]{36}/manage");
		String html = this.mvc.perform(get(manage).with(this.fixtures.signedIn(this.parties.producer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Page page = Page.of(html);
		assertThat(page.heading()).isEqualTo(name);
		assertThat(page.document().select("main script, main img[src=x]")).isEmpty();
		assertThat(page.document().select("script")).noneMatch((script) -> script.data().contains("alert(1)"));
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; 5 &gt; 3 &amp; javascript:alert(1)");
		assertThat(this.channels.runBy(this.parties.current(this.parties.producer)))
			.anyMatch((channel) -> channel.name().equals(name));
	}

	@Test
	void aCompanyThatOnlyOrdersWorkCannotOpenAChannel() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/broadcast/channels/new").with(this.fixtures.signedIn(this.parties.company)))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void aProducerCannotOpenAChannelForAnotherOrganisation() throws Exception {
		Page page = Page.of(this.mvc.perform(post("/broadcast/channels").with(csrf())
			.with(this.fixtures.signedIn(this.parties.otherProducer))
			.param("organisationId", this.parties.producerOrganisation.toString())
			.param("name", "乗っ取り")
			.param("visibility", "PUBLIC")));

		assertThat(page.errorFor("organisationId")).isEqualTo("あなたが所属する団体を選んでください。");
		assertThat(this.channels.runBy(this.parties.current(this.parties.producer)))
			.noneMatch((channel) -> channel.name().equals("乗っ取り"));
	}

	@Test
	void anotherOrganisationsPeopleCannotManageOrChangeTheChannel() throws Exception {
		Channel channel = this.parties.channel("会津の四季", Visibility.PUBLIC);

		int manage = this.mvc
			.perform(get("/broadcast/channels/" + channel.id() + "/manage")
				.with(this.fixtures.signedIn(this.parties.otherProducer)))
			.andReturn()
			.getResponse()
			.getStatus();
		int change = this.mvc
			.perform(post("/broadcast/channels/" + channel.id()).with(csrf())
				.with(this.fixtures.signedIn(this.parties.otherProducer))
				.param("name", "書き換え")
				.param("visibility", "PRIVATE")
				.param("version", "0"))
			.andReturn()
			.getResponse()
			.getStatus();
		int key = this.mvc
			.perform(post("/broadcast/channels/" + channel.id() + "/stream-key").with(csrf())
				.with(this.fixtures.signedIn(this.parties.otherProducer)))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(manage).isEqualTo(403);
		assertThat(change).isEqualTo(403);
		assertThat(key).isEqualTo(403);
		Channel unchanged = this.channels.find(channel.id()).orElseThrow();
		assertThat(unchanged.name()).isEqualTo("会津の四季");
		assertThat(unchanged.hasStreamKey()).isFalse();
	}

	@Test
	void aChannelThatDoesNotExistIsNotFoundOnEveryPageOfIt() throws Exception {
		String unknown = "/broadcast/channels/" + java.util.UUID.randomUUID();
		for (String page : new String[] { "/manage", "/figures" }) {
			this.mvc.perform(get(unknown + page).with(this.fixtures.signedIn(this.parties.otherProducer)))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
		}
		this.mvc
			.perform(post(unknown).with(csrf())
				.with(this.fixtures.signedIn(this.parties.otherProducer))
				.param("name", "書き換え")
				.param("visibility", "PRIVATE")
				.param("version", "0"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
		this.mvc
			.perform(
					post(unknown + "/stream-key").with(csrf()).with(this.fixtures.signedIn(this.parties.otherProducer)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
	}

	@Test
	void aPublicChannelIsOpenToVisitorsAndAMembersChannelAsksThemToSignIn() throws Exception {
		Channel open = this.parties.channel("公開チャンネル", Visibility.PUBLIC);
		Channel members = this.parties.channel("会員チャンネル", Visibility.MEMBERS);

		Page visitor = Page.of(this.mvc.perform(get("/broadcast/channels/" + open.id()).accept(MediaType.TEXT_HTML)));
		MvcResult membersOnly = this.mvc.perform(get("/broadcast/channels/" + members.id()).accept(MediaType.TEXT_HTML))
			.andReturn();
		Page member = Page.of(this.mvc.perform(
				get("/broadcast/channels/" + members.id()).with(this.fixtures.signedIn(this.parties.viewerFromTokyo))));
		Page station = Page.of(this.mvc.perform(get("/broadcast").accept(MediaType.TEXT_HTML)));

		assertThat(visitor.heading()).isEqualTo("公開チャンネル");
		assertThat(visitor.text()).contains("まだ写真や動画がありません。");
		assertThat(membersOnly.getResponse().getRedirectedUrl()).endsWith("/signin");
		assertThat(member.heading()).isEqualTo("会員チャンネル");
		assertThat(station.text()).contains("公開チャンネル").doesNotContain("会員チャンネル");
	}

	@Test
	void aPrivateChannelIsSeenOnlyByItsOrganisationAndTheInvited() throws Exception {
		Channel nursery = this.parties.channel("ひまわり組の授業参観", Visibility.PRIVATE);
		UUID id = nursery.id();

		int before = status(get("/broadcast/channels/" + id), this.parties.viewerInRegion);
		this.mvc.perform(post("/broadcast/channels/" + id + "/viewers").with(csrf())
			.with(this.fixtures.signedIn(this.parties.producer))
			.param("email", this.parties.viewerInRegion.email()));
		int invited = status(get("/broadcast/channels/" + id), this.parties.viewerInRegion);
		int stranger = status(get("/broadcast/channels/" + id), this.parties.viewerFromTokyo);
		Page station = Page
			.of(this.mvc.perform(get("/broadcast").with(this.fixtures.signedIn(this.parties.viewerFromTokyo))));

		assertThat(before).isEqualTo(404);
		assertThat(invited).isEqualTo(200);
		assertThat(stranger).isEqualTo(404);
		assertThat(station.text()).doesNotContain("ひまわり組の授業参観");
		assertThat(this.channels.viewers(id)).extracting((person) -> person.id())
			.containsExactly(this.parties.viewerInRegion.id());
	}

	@Test
	void invitingAnUnknownAddressSaysSoAndInvitesNobody() throws Exception {
		Channel nursery = this.parties.channel("ひまわり組", Visibility.PRIVATE);

		MvcResult result = this.mvc
			.perform(post("/broadcast/channels/" + nursery.id() + "/viewers").with(csrf())
				.with(this.fixtures.signedIn(this.parties.producer))
				.param("email", "nobody@example.jp"))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		Page page = Page.of(result.getResponse().getContentAsString());
		assertThat(page.textOf("#invite-email-error")).isEqualTo("このメールアドレスの Musubi 会員が見つかりません。先に会員登録をしてもらってください。");
		assertThat(page.valueOf("invite-email")).isEqualTo("nobody@example.jp");
		assertThat(this.channels.viewers(nursery.id())).isEmpty();
	}

	@Test
	void aNewStreamKeyIsShownOnceWithTheFfmpegCommandInTheOwnersLanguage() throws Exception {
		Channel channel = this.parties.channel("会津の四季", Visibility.PUBLIC);

		Page japanese = issueKey(channel, "ja");
		Page english = issueKey(channel, "en");

		String key = japanese.textOf("pre.secret").replaceAll(".*/broadcast/ingest/(\\S+)/live\\.m3u8$", "$1");
		assertThat(key).startsWith("live_");
		assertThat(japanese.textOf("pre.secret")).startsWith("ffmpeg -re -i 入力.mp4 -c:v libx264");
		assertThat(japanese.text()).contains("入力.mp4 をカメラなどに置き換えてください");
		assertThat(english.textOf("pre.secret")).startsWith("ffmpeg -re -i input.mp4 -c:v libx264").doesNotContain(key);
		assertThat(english.text()).contains("replace input.mp4 with your camera or file");
		assertThat(Page.of(this.mvc.perform(get("/broadcast/channels/" + channel.id() + "/manage")
			.with(this.fixtures.signedIn(this.parties.producer)))).text()).doesNotContain(key);
	}

	private Page issueKey(Channel channel, String language) throws Exception {
		MvcResult issued = this.mvc
			.perform(post("/broadcast/channels/" + channel.id() + "/stream-key").with(csrf())
				.with(this.fixtures.signedIn(this.parties.producer)))
			.andReturn();
		// The key travels in the session's flash, as in a browser.
		return Page.of(this.mvc.perform(get(issued.getResponse().getRedirectedUrl()).param("lang", language)
			.cookie(issued.getResponse().getCookie("SESSION"))
			.with(this.fixtures.signedIn(this.parties.producer))));
	}

	private int status(MockHttpServletRequestBuilder request, TestUser user) throws Exception {
		return this.mvc.perform(request.with(this.fixtures.signedIn(user))).andReturn().getResponse().getStatus();
	}

}
