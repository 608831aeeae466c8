package jp.musubi.work.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.musubi.platform.region.DemoRegion;
import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.accounts.PersonSummary;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.Role;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.web.Dates;
import jp.musubi.work.contract.Contract;
import jp.musubi.work.contract.Contracts;
import jp.musubi.work.contract.MilestonePlan;
import jp.musubi.work.contract.TermsDraft;
import jp.musubi.work.hours.HoursLog;
import jp.musubi.work.invoice.WorkCategory;
import jp.musubi.work.profile.ProfileDetails;
import jp.musubi.work.profile.WorkProfiles;
import jp.musubi.work.proposal.Proposal;
import jp.musubi.work.proposal.Proposals;
import jp.musubi.work.request.Pricing;
import jp.musubi.work.request.RequestDetails;
import jp.musubi.work.request.WorkRequest;
import jp.musubi.work.request.WorkRequestRepository;
import jp.musubi.work.request.WorkRequests;
import jp.musubi.work.skill.Skill;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work for the demo region, so that "find work" is not empty on the first start: the demo
 * client's requests (one still waiting for the agent), the demo member's profile, and one
 * request already under contract with this week's telework hours. It goes through the
 * same services as people do, so the demo obeys the exchange's rules.
 */
@Component
@Order(200)
class WorkDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WorkDemo.class);

	private final Accounts accounts;

	private final WorkRequests requests;

	private final WorkRequestRepository stored;

	private final WorkProfiles profiles;

	private final Proposals proposals;

	private final Contracts contracts;

	private final HoursLog hours;

	private final Clock clock;

	private final boolean enabled;

	WorkDemo(Accounts accounts, WorkRequests requests, WorkRequestRepository stored, WorkProfiles profiles,
			Proposals proposals, Contracts contracts, HoursLog hours, Clock clock, DemoRegion demo) {
		this.accounts = accounts;
		this.requests = requests;
		this.stored = stored;
		this.profiles = profiles;
		this.proposals = proposals;
		this.contracts = contracts;
		this.hours = hours;
		this.clock = clock;
		this.enabled = demo.enabled();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.stored.count() > 0) {
			return;
		}
		Optional<PersonSummary> clientPerson = this.accounts.personByEmail("client@demo.musubi.jp");
		Optional<PersonSummary> staffPerson = this.accounts.personByEmail("staff@demo.musubi.jp");
		Optional<PersonSummary> memberPerson = this.accounts.personByEmail("member@demo.musubi.jp");
		if (clientPerson.isEmpty() || staffPerson.isEmpty() || memberPerson.isEmpty()) {
			return;
		}
		CurrentUser client = acting(clientPerson.get(), Role.MEMBER, Role.CLIENT);
		CurrentUser agent = acting(staffPerson.get(), Role.MEMBER, Role.AGENT_STAFF);
		CurrentUser member = acting(memberPerson.get(), Role.MEMBER);
		Optional<UUID> company = this.accounts.organisationsOf(client.accountId())
			.stream()
			.filter((organisation) -> organisation.type() == OrganisationType.CLIENT)
			.map(OrganisationSummary::id)
			.findFirst();
		if (company.isEmpty()) {
			return;
		}
		Map<String, Skill> skills = this.profiles.vocabulary()
			.stream()
			.collect(Collectors.toMap(Skill::name, Function.identity()));
		LocalDate today = Dates.today(this.clock);

		this.profiles.describe(member,
				new ProfileDetails(
						"ゆのもり地域に住んで在宅で働いています。事務職の経験が15年あり、データ入力やアンケート集計が得意です。子どもの送り迎えがあるため、平日の10時〜15時に作業します。", 20,
						Prefecture.FUKUSHIMA.code(), List.of(), "T7000012050002"));
		this.profiles.addSkill(member, skills.get("データ入力").id(), 5, 15);
		this.profiles.addSkill(member, skills.get("アンケート集計").id(), 4, 8);
		this.profiles.addSkill(member, skills.get("表計算（Excel）").id(), 4, 10);
		this.profiles.addSkill(member, skills.get("テープ起こし").id(), 3, 2);

		WorkRequest survey = published(client, agent, company.get(), "宿泊アンケート300件のデータ入力作業",
				"湯の森温泉の宿泊客アンケート（紙、約300件）をExcelに入力していただきます。用紙はPDFでお渡しします。入力項目は12項目で、自由記述もあります。", WorkCategory.DATA_ENTRY,
				30_000, today.plusDays(21), skills.get("データ入力"), skills.get("アンケート集計"));
		published(client, agent, company.get(), "観光パンフレット（湯の森温泉）のデザイン",
				"A4・4ページの観光パンフレットのデザインをお願いします。写真と原稿はこちらで用意します。高齢のお客様にも読みやすい大きな文字でお願いします。", WorkCategory.DESIGN, 80_000,
				today.plusDays(45), skills.get("チラシ・パンフレット制作"), skills.get("グラフィックデザイン"));
		published(client, agent, company.get(), "ミニ湯治プランの紹介記事（2,000字）",
				"2泊3日で楽しめる「ミニ湯治」プランの紹介記事を書いていただきます。取材メモと写真をお渡しします。ウェブサイトに掲載します。", WorkCategory.WRITING, 25_000,
				today.plusDays(30), skills.get("記事執筆"), skills.get("観光ガイド執筆"));
		published(client, agent, company.get(), "英語版ウェブサイトの翻訳（約5,000語）",
				"観光協会ウェブサイトの日本語ページを英語に翻訳していただきます。温泉・郷土料理の用語集があります。", WorkCategory.TRANSLATION, 120_000,
				today.plusDays(60), skills.get("翻訳（日本語→英語）"));
		published(client, agent, company.get(), "インタビュー音声の文字起こし（60分×3本）",
				"地域の語り部へのインタビュー音声（方言を含みます）を文字に起こしていただきます。ケバ取りをお願いします。", WorkCategory.TRANSCRIPTION, 36_000,
				today.plusDays(14), skills.get("テープ起こし"));
		this.requests.post(client, company.get(), details("冬の雪まつりチラシの文章作成", "2月の雪まつりのチラシに載せる文章（400字程度）をお願いします。",
				WorkCategory.WRITING, 15_000, today.plusDays(20), skills.get("コピーライティング")));

		Proposal proposal = this.proposals.propose(member, survey.id(), "事務職15年、アンケート集計の経験が豊富です。300件なら2週間で納品できます。",
				Yen.of(30_000), today.plusDays(14));
		Yen price = Yen.of(30_000);
		Contract contract = this.contracts.accept(client, proposal.id(),
				new TermsDraft("宿泊アンケート（約300件・12項目）のExcelへの入力", today.plusDays(14), "Musubiの契約ページにファイルをアップロード", price,
						null, today.plusDays(44), today.plusDays(21),
						List.of(new MilestonePlan("入力済みExcelファイル", price, today.plusDays(14)))));
		this.hours.log(member, contract.id(), today, new BigDecimal("12"));
		log.info("Demo work loaded: published requests, one awaiting review, one under contract");
	}

	private WorkRequest published(CurrentUser client, CurrentUser agent, UUID company, String title, String description,
			WorkCategory category, long budget, LocalDate deadline, Skill... skills) {
		WorkRequest request = this.requests.post(client, company,
				details(title, description, category, budget, deadline, skills));
		this.requests.publish(agent, request.id());
		return request;
	}

	private static RequestDetails details(String title, String description, WorkCategory category, long budget,
			LocalDate deadline, Skill... skills) {
		return new RequestDetails(title, description, category, Pricing.FIXED, Yen.of(budget), null, null, deadline,
				true, null, Set.of(skills));
	}

	private static CurrentUser acting(PersonSummary person, Role... roles) {
		return new CurrentUser(person.id(), person.email(), "", person.displayName(), person.language(),
				EnumSet.copyOf(List.of(roles)), true, false);
	}

}
