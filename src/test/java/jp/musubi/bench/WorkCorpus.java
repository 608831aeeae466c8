package jp.musubi.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.musubi.platform.text.JapaneseText;
import jp.musubi.work.invoice.WorkCategory;
import jp.musubi.work.request.Pricing;
import jp.musubi.work.request.RequestStatus;

/**
 * Work requests as a regional agent's clients write them, generated from templates, with
 * what each one is about known: the {@link Concept}s a request mentions, in whatever
 * spelling, width or synonym the template chose. That knowledge is what recall is
 * measured against; neither search method sees it.
 * <p>
 * The same seed gives the same requests.
 */
final class WorkCorpus {

	/** What a request is about or mentions, whatever the words it uses for it. */
	enum Concept {

		/** Data entry work (データ入力, 入力作業, データ化 ...). */
		DATA_ENTRY,
		/** Transcription (文字起こし, テープ起こし, 書き起こし). */
		TRANSCRIPTION,
		/** Translation work. */
		TRANSLATION, ENGLISH, CHINESE, KOREAN,
		/** Designing web pages (ウェブデザイン, ウエブデザイン, Webデザイン, サイトのデザイン). */
		WEB_DESIGN,
		/** Mentions a server (サーバー, サーバ). */
		SERVER,
		/** Mentions hot springs (温泉). */
		ONSEN,
		/** Mentions hot-spring cures (湯治, ミニ湯治, 湯治場, 湯治客). */
		TOJI,
		/** Asks for monitors (モニター) who try something and report. */
		MONITOR,
		/** A pamphlet or leaflet (パンフレット, リーフレット). */
		PAMPHLET,
		/** A pamphlet for tourists (観光パンフレット, 観光用パンフレット, 温泉街を紹介するパンフレット ...). */
		TOURIST_PAMPHLET,
		/** Farm produce (農産物, 農産品, 農作物). */
		FARM_PRODUCE,
		/** Apples (りんご, リンゴ, 林檎). */
		APPLE,
		/** Slips (伝票). */
		SLIP,
		/** Accounting and bookkeeping work (会計, 記帳, 経理, 仕訳). */
		ACCOUNTING,
		/** Violin (バイオリン, ヴァイオリン). */
		VIOLIN,
		/** Mentions Excel (Excel, Ｅｘｃｅｌ, エクセル). */
		EXCEL,
		/** Mentions Kyoto (京都), not Tokyo (東京都). */
		KYOTO

	}

	/** One generated request: its row and what it is about. */
	record Request(UUID id, UUID client, UUID createdBy, String title, String description, WorkCategory category,
			Pricing pricing, long budget, Long hourlyRate, Integer estimatedHours, LocalDate deadline, boolean remote,
			String location, RequestStatus status, Instant createdAt, Instant submittedAt, Instant publishedAt,
			Set<String> skills, Set<Concept> concepts) {

		boolean isAbout(Set<Concept> all) {
			return this.concepts.containsAll(all);
		}

	}

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

	/*
	 * Slots: the spellings a writer may use for a thing, with how often (weights), what
	 * the request then mentions and a skill a client would then tick. A request keeps the
	 * spelling it chose throughout, as a writer does.
	 */
	private static final Map<String, List<Variant>> SLOTS = Map.ofEntries(
			Map.entry("data", List.of(v("データ", 9), v("ﾃﾞｰﾀ", 1))),
			Map.entry("excel",
					List.of(v("Excel", 12, Concept.EXCEL), v("Ｅｘｃｅｌ", 5, Concept.EXCEL), v("エクセル", 3, Concept.EXCEL))),
			Map.entry("web", List.of(v("ウェブ", 14), v("ウエブ", 3), v("Web", 3))),
			Map.entry("server", List.of(v("サーバー", 6, Concept.SERVER), v("サーバ", 4, Concept.SERVER))),
			Map.entry("violin", List.of(v("バイオリン", 6, Concept.VIOLIN), v("ヴァイオリン", 4, Concept.VIOLIN))),
			Map.entry("apple",
					List.of(v("りんご", 4, Concept.APPLE), v("リンゴ", 4, Concept.APPLE), v("林檎", 2, Concept.APPLE))),
			Map.entry("slip", List.of(v("伝票", 1, Concept.SLIP))),
			Map.entry("pamphlet", List.of(v("パンフレット", 9, Concept.PAMPHLET), v("リーフレット", 1, Concept.PAMPHLET))),
			Map.entry("monitor", List.of(v("モニター", 1, Concept.MONITOR))),
			Map.entry("onsen", List.of(v("温泉", 1, Concept.ONSEN))),
			Map.entry("toji", List.of(v("湯治", 1, Concept.TOJI))),
			Map.entry("kyoto", List.of(v("京都", 1, Concept.KYOTO))), Map.entry("tokyo", List.of(v("東京都", 1))),
			Map.entry("farm",
					List.of(v("農産物", 7, Concept.FARM_PRODUCE), v("農産品", 2, Concept.FARM_PRODUCE),
							v("農作物", 1, Concept.FARM_PRODUCE))),
			Map.entry("transcribe",
					List.of(v("文字起こし", 6, Concept.TRANSCRIPTION), v("テープ起こし", 3, Concept.TRANSCRIPTION),
							v("書き起こし", 1, Concept.TRANSCRIPTION))),
			Map.entry("lang",
					List.of(v("英語", 6, Concept.ENGLISH, "翻訳（日本語→英語）"), v("中国語", 2, Concept.CHINESE, "翻訳（中国語）"),
							v("韓国語", 2, Concept.KOREAN, "翻訳（韓国語）"))),
			Map.entry("pdf", List.of(v("PDF", 3), v("ＰＤＦ", 1))));

	private static final List<Topic> TOPICS = List.of(
			new Topic(12, List.of(WorkCategory.DATA_ENTRY), List.of("データ入力", "表計算（Excel）", "アンケート集計"),
					EnumSet.of(Concept.DATA_ENTRY),
					List.of(t("在宅でできる{data}入力作業"), t("アンケート結果の{data}入力（{excel}）"), t("紙の申込書を{data}化する入力作業"),
							t("顧客名簿の{data}入力スタッフ募集"), t("{slip}の{data}入力と確認作業"), t("観光客アンケートの集計・入力")),
					List.of(t("手書きの{slip}の内容を{excel}に入力していただきます。"), t("アンケート用紙約{n}枚分の回答を{excel}のシートに入力してください。"),
							t("{data}入力の経験がある方を歓迎します。"), t("入力した{data}はダブルチェックをお願いします。"),
							t("入力項目は氏名・住所・電話番号など約{n}項目です。"), t("正確に入力できる方を求めています。"))),
			new Topic(7, List.of(WorkCategory.TRANSCRIPTION), List.of("テープ起こし", "文書作成（Word）"),
					EnumSet.of(Concept.TRANSCRIPTION),
					List.of(t("インタビュー音声の{transcribe}"), t("町議会の会議録の{transcribe}（約{n}分）"), t("講演会の録音の{transcribe}"),
							t("オンラインセミナー動画の{transcribe}と要約")),
					List.of(t("録音時間は約{n}分です。"), t("ケバ取り（えー、あの等の削除）をお願いします。"), t("{transcribe}の経験がある方を優先します。"),
							t("話者は{n}名程度です。"), t("納品はWord形式でお願いします。"))),
			new Topic(10, List.of(WorkCategory.TRANSLATION), List.of("校正・校閲"), EnumSet.of(Concept.TRANSLATION),
					List.of(t("観光{pamphlet}の翻訳（日本語→{lang}）", Concept.TOURIST_PAMPHLET), t("{web}サイトの{lang}翻訳"),
							t("特産品の商品説明文を{lang}に翻訳"), t("旅館の館内案内の{lang}翻訳"),
							t("観光{pamphlet}の{lang}訳", Concept.TOURIST_PAMPHLET)),
					List.of(t("外国人観光客向けの案内文を{lang}に翻訳してください。"), t("ネイティブチェックができる方を歓迎します。"), t("原稿はA4で約{n}ページです。"),
							t("専門用語の対訳表をお渡しします。"))),
			new Topic(9, List.of(WorkCategory.WEB_DEVELOPMENT, WorkCategory.DESIGN),
					List.of("ウェブデザイン", "ホームページ制作", "HTML・CSS"), EnumSet.of(Concept.WEB_DESIGN),
					List.of(t("町の観光{web}サイトのデザイン刷新"), t("{web}デザイン（トップページと下層{n}ページ）"), t("旅館ホームページの{web}デザインと更新"),
							t("商店街の{web}デザイン・バナー制作")),
					List.of(t("スマートフォンでも読みやすいレイアウトをお願いします。"), t("{web}デザインの実績をお送りください。"), t("写真素材はこちらでご用意します。"),
							t("HTMLとCSSのコーディングまでお願いできる方を歓迎します。"))),
			new Topic(7, List.of(WorkCategory.PROGRAMMING, WorkCategory.WEB_DEVELOPMENT),
					List.of("Java", "Python", "データベース（SQL）"), EnumSet.noneOf(Concept.class),
					List.of(t("予約システムの{server}保守"), t("{server}の移行作業（オンプレミスからクラウドへ）"), t("観光協会サイトの{server}監視と障害対応"),
							t("在庫管理ツールの改修（Python）"), t("会員管理の仕組みの改善（SQL）")),
					List.of(t("Linux {server}の運用経験がある方。"), t("月に一度、{server}のバックアップを確認していただきます。"), t("作業はリモートで行えます。"),
							t("既存のソースコードは約{n}ファイルです。"))),
			new Topic(9, List.of(WorkCategory.WRITING, WorkCategory.RESEARCH, WorkCategory.OTHER),
					List.of("観光ガイド執筆", "記事執筆", "SNS運用", "宿泊予約の管理"), EnumSet.noneOf(Concept.class),
					List.of(t("{onsen}街のミニ{toji}体験{monitor}募集"), t("{toji}宿の宿泊予約の管理"), t("{onsen}旅館の紹介記事の執筆"),
							t("{toji}場の歴史を紹介する記事の作成"), t("{onsen}宿泊{monitor}（1泊2日）"),
							t("{onsen}地の観光{pamphlet}の制作", Concept.TOURIST_PAMPHLET)),
					List.of(t("3泊4日の{toji}プランを体験し、感想をSNSで発信していただける方を募集します。"), t("{onsen}の泉質や効能についても触れてください。"),
							t("{toji}客向けの自炊部屋の案内も含みます。"), t("交通費は町が負担します。"), t("記事は1本あたり約{n}字です。"))),
			new Topic(9, List.of(WorkCategory.DESIGN, WorkCategory.WRITING, WorkCategory.PHOTOGRAPHY),
					List.of("チラシ・パンフレット制作", "観光案内", "観光ガイド執筆", "グラフィックデザイン"), EnumSet.noneOf(Concept.class),
					List.of(t("観光{pamphlet}のデザイン制作", Concept.TOURIST_PAMPHLET),
							t("観光用{pamphlet}の写真撮影", Concept.TOURIST_PAMPHLET),
							t("町の観光案内{pamphlet}のリニューアル", Concept.TOURIST_PAMPHLET),
							t("{onsen}街を紹介する{pamphlet}の制作", Concept.TOURIST_PAMPHLET),
							t("{kyoto}からの修学旅行生向け体験プログラムの案内作成"), t("観光ツアーの体験{monitor}募集"), t("町内会の回覧用{pamphlet}の作成")),
					List.of(t("A4三つ折りの{pamphlet}を想定しています。"), t("外国人観光客にも伝わるデザインをお願いします。"), t("掲載する観光スポットは約{n}か所です。"),
							t("{kyoto}・奈良方面からの団体旅行の受け入れに使います。"))),
			new Topic(8, List.of(WorkCategory.DESIGN, WorkCategory.WRITING, WorkCategory.ADMINISTRATION),
					List.of("商品説明文", "ネットショップ運営", "写真撮影"), EnumSet.noneOf(Concept.class),
					List.of(t("{farm}のネット販売ページの作成"), t("地元{farm}の商品説明文の執筆"), t("{farm}直売所のPOP・チラシ制作"),
							t("{apple}農家の出荷{slip}の整理"), t("{apple}ジュースの商品写真撮影"), t("直売所のレジ・品出しスタッフ")),
					List.of(t("旬の{apple}や桃など、地元の{farm}を全国に届けるためのページです。"), t("品出しとレジでの会計をお願いします。"),
							t("生産者へのインタビューを含みます。"), t("写真は約{n}点を予定しています。"))),
			new Topic(8, List.of(WorkCategory.ACCOUNTING), List.of("経理・記帳", "給与計算", "確定申告の補助"),
					EnumSet.of(Concept.ACCOUNTING),
					List.of(t("会計ソフトへの仕訳入力"), t("小規模事業者の記帳代行"), t("月次会計資料の作成補助"), t("NPO法人の会計事務（週2日）"),
							t("領収書と{slip}の整理・入力"), t("確定申告の書類整理")),
					List.of(t("会計ソフト（freee・弥生）の操作経験がある方。"), t("{slip}や領収書をスキャンした{pdf}をお渡しします。"),
							t("簿記3級程度の知識があると助かります。"), t("仕訳は月に約{n}件です。"))),
			new Topic(5, List.of(WorkCategory.TEACHING, WorkCategory.LECTURE), List.of("パソコン指導"),
					EnumSet.noneOf(Concept.class),
					List.of(t("子ども向け{violin}教室の講師"), t("公民館の{violin}講座（月2回）"), t("高齢者向けパソコン教室の講師"),
							t("スマートフォン教室のアシスタント")),
					List.of(t("小学生に{violin}の基礎を教えていただきます。"), t("楽器は貸し出します。"), t("公民館で月2回、午前中の講座です。"),
							t("受講者は約{n}名です。"))),
			new Topic(16, List.of(WorkCategory.ADMINISTRATION, WorkCategory.CUSTOMER_SUPPORT, WorkCategory.OTHER),
					List.of("電話応対", "メール対応", "秘書・事務代行", "名簿・リスト作成"), EnumSet.noneOf(Concept.class),
					List.of(t("問い合わせメールの一次対応"), t("電話応対（平日午前）"), t("イベント受付スタッフ"), t("資料のファイリングとスキャン"),
							t("会議の日程調整と資料準備")),
					List.of(t("顧客{data}の管理と、問い合わせ内容の記録をお願いします。"), t("受付した内容はシステムに入力してください。"), t("丁寧な言葉遣いができる方を求めています。"),
							t("月に約{n}件の問い合わせがあります。"))));

	/* Sentences any request may have, as clients add them. */
	private static final List<Template> BOILERPLATE = List.of(t("在宅でできるお仕事です。"), t("未経験の方も歓迎します。"),
			t("作業の進め方はメッセージでご相談ください。"), t("応募の際はこれまでの実績をお知らせください。"), t("資料は{pdf}でお渡しします。"), t("{tokyo}内の企業からのご依頼です。"),
			t("週{n}時間程度の作業を想定しています。"), t("町内在住の方を優先します。"), t("報酬は検収後、翌月末にお支払いします。"), t("作業には{excel}を使います。"),
			t("納期についてはご相談に応じます。"), t("首都圏（{tokyo}・神奈川県）の取引先向けの仕事です。"));

	private final Random random;

	private final Instant now;

	private final List<UUID> clients = new ArrayList<>();

	private final List<UUID> people = new ArrayList<>();

	private final int totalWeight = TOPICS.stream().mapToInt(Topic::weight).sum();

	WorkCorpus(long seed, Instant now) {
		this.random = new Random(seed);
		this.now = now;
		for (int i = 0; i < 300; i++) {
			this.clients.add(new UUID(this.random.nextLong(), this.random.nextLong()));
		}
		for (int i = 0; i < 600; i++) {
			this.people.add(new UUID(this.random.nextLong(), this.random.nextLong()));
		}
	}

	/** The next request. */
	Request next() {
		Topic topic = topic();
		Map<String, Variant> chosen = new LinkedHashMap<>();
		Set<Concept> concepts = EnumSet.noneOf(Concept.class);
		concepts.addAll(topic.concepts());
		Set<String> skills = new LinkedHashSet<>();

		Template title = oneOf(topic.titles());
		// Titles are normalised (NFKC) when a client saves them, descriptions are not.
		String titleText = JapaneseText.normalize(title.expand(this, chosen, concepts, false));
		StringBuilder description = new StringBuilder();
		List<Template> sentences = new ArrayList<>(topic.sentences());
		Collections.shuffle(sentences, this.random);
		for (Template sentence : sentences.subList(0, 2 + this.random.nextInt(Math.min(3, sentences.size() - 1)))) {
			description.append(sentence.expand(this, chosen, concepts, true));
		}
		List<Template> extras = new ArrayList<>(BOILERPLATE);
		Collections.shuffle(extras, this.random);
		for (Template sentence : extras.subList(0, 1 + this.random.nextInt(3))) {
			description.append(sentence.expand(this, chosen, concepts, true));
		}
		// Skills: most clients tick one or two, some none.
		List<String> candidates = new ArrayList<>(topic.skills());
		chosen.values().stream().map(Variant::skill).filter(Objects::nonNull).forEach(candidates::add);
		int count = (this.random.nextInt(4) == 0) ? 0 : 1 + this.random.nextInt(2);
		for (int i = 0; i < count; i++) {
			skills.add(oneOf(candidates));
		}

		RequestStatus status = status();
		Instant created = this.now.minus(Duration.ofMinutes(this.random.nextInt(2 * 365 * 24 * 60)));
		Instant published = switch (status) {
			case PUBLISHED, CONTRACTED, COMPLETED ->
				created.plus(Duration.ofMinutes(60 + this.random.nextInt(5 * 24 * 60)));
			default -> null;
		};
		LocalDate today = LocalDate.ofInstant(this.now, JAPAN);
		LocalDate deadline = (status == RequestStatus.PUBLISHED || status == RequestStatus.SUBMITTED)
				? today.plusDays(3 + this.random.nextInt(180))
				: LocalDate.ofInstant(created, JAPAN).plusDays(7 + this.random.nextInt(90));
		boolean hourly = this.random.nextInt(4) == 0;
		Long rate = hourly ? 1_000L + 100L * this.random.nextInt(21) : null;
		Integer hours = hourly ? 10 + this.random.nextInt(190) : null;
		long budget = hourly ? rate * hours : 1_000L * (5 + this.random.nextInt(this.random.nextBoolean() ? 100 : 500));
		boolean remote = this.random.nextInt(10) < 7;
		return new Request(new UUID(this.random.nextLong(), this.random.nextLong()), oneOf(this.clients),
				oneOf(this.people), titleText, description.toString(), oneOf(topic.categories()),
				hourly ? Pricing.HOURLY : Pricing.FIXED, budget, rate, hours, deadline, remote, remote ? null : "07",
				status, created, created, published, skills, concepts);
	}

	private Topic topic() {
		int pick = this.random.nextInt(this.totalWeight);
		for (Topic topic : TOPICS) {
			pick -= topic.weight();
			if (pick < 0) {
				return topic;
			}
		}
		throw new IllegalStateException();
	}

	/* Mostly open; the rest somewhere else in their life. */
	private RequestStatus status() {
		int pick = this.random.nextInt(100);
		if (pick < 70) {
			return RequestStatus.PUBLISHED;
		}
		if (pick < 80) {
			return RequestStatus.CONTRACTED;
		}
		if (pick < 88) {
			return RequestStatus.COMPLETED;
		}
		if (pick < 93) {
			return RequestStatus.SUBMITTED;
		}
		if (pick < 96) {
			return RequestStatus.RETURNED;
		}
		return RequestStatus.WITHDRAWN;
	}

	private <T> T oneOf(List<T> list) {
		return list.get(this.random.nextInt(list.size()));
	}

	private Variant choose(List<Variant> variants) {
		int pick = this.random.nextInt(variants.stream().mapToInt(Variant::weight).sum());
		for (Variant variant : variants) {
			pick -= variant.weight();
			if (pick < 0) {
				return variant;
			}
		}
		throw new IllegalStateException();
	}

	/* A number as clients type it: now and then in full-width digits. */
	private String number(boolean description) {
		String number = Integer.toString(2 + this.random.nextInt(300));
		if (description && this.random.nextInt(5) == 0) {
			StringBuilder wide = new StringBuilder();
			number.chars().forEach((c) -> wide.append((char) (c - '0' + '０')));
			return wide.toString();
		}
		return number;
	}

	private static Variant v(String text, int weight) {
		return new Variant(text, weight, null, null);
	}

	private static Variant v(String text, int weight, Concept concept) {
		return new Variant(text, weight, concept, null);
	}

	private static Variant v(String text, int weight, Concept concept, String skill) {
		return new Variant(text, weight, concept, skill);
	}

	private static Template t(String text, Concept... concepts) {
		return new Template(text, Set.of(concepts));
	}

	private record Variant(String text, int weight, Concept concept, String skill) {
	}

	private record Topic(int weight, List<WorkCategory> categories, List<String> skills, Set<Concept> concepts,
			List<Template> titles, List<Template> sentences) {
	}

	private record Template(String text, Set<Concept> concepts) {

		String expand(WorkCorpus corpus, Map<String, Variant> chosen, Set<Concept> about, boolean description) {
			about.addAll(this.concepts);
			Matcher slot = SLOT.matcher(this.text);
			StringBuilder out = new StringBuilder();
			while (slot.find()) {
				String name = slot.group(1);
				String replacement;
				if (name.equals("n")) {
					replacement = corpus.number(description);
				}
				else {
					List<Variant> variants = SLOTS.get(name);
					if (variants == null) {
						throw new IllegalArgumentException("No slot " + name + " in " + this.text);
					}
					Variant variant = chosen.computeIfAbsent(name, (key) -> corpus.choose(variants));
					if (variant.concept() != null) {
						about.add(variant.concept());
					}
					replacement = variant.text();
				}
				slot.appendReplacement(out, Matcher.quoteReplacement(replacement));
			}
			slot.appendTail(out);
			return out.toString();
		}

	}

}
