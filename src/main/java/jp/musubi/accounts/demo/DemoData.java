package jp.musubi.accounts.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.platform.region.DemoRegion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import jp.musubi.accounts.ClientKind;
import jp.musubi.accounts.FacilityKind;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.accounts.account.Account;
import jp.musubi.accounts.account.AccountRepository;
import jp.musubi.accounts.account.PersonProfile;
import jp.musubi.accounts.organisation.Organisation;
import jp.musubi.accounts.organisation.OrganisationDetails;
import jp.musubi.accounts.organisation.OrganisationRepository;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.security.Role;
import jp.musubi.platform.text.PostalCode;
import jp.musubi.platform.text.Prefecture;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo region, loaded from {@code demo/region.json} on the first start of an empty
 * database so that Musubi can be tried at once: one account per role (README.md lists
 * them with the shared demo password), the region's organisations, and the seed's
 * directory of support agents (SEED-EN.md section 3, the names as in seed-ja.txt).
 * Production turns it off with {@code MUSUBI_DEMO=false}.
 */
@Component
@Order(DemoData.ORDER)
class DemoData implements ApplicationRunner {

	/** Before the demos of other modules, which use its people. */
	static final int ORDER = 100;

	/** The password of every demo account; README.md gives it. */
	static final String PASSWORD = "yunomori-demo-2026";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final AccountRepository accounts;

	private final OrganisationRepository organisations;

	private final PasswordEncoder passwords;

	private final JsonMapper json;

	private final Clock clock;

	private final boolean enabled;

	DemoData(AccountRepository accounts, OrganisationRepository organisations, PasswordEncoder passwords,
			JsonMapper json, Clock clock, DemoRegion demo) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.passwords = passwords;
		this.json = json;
		this.clock = clock;
		this.enabled = demo.enabled();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (!this.enabled || this.accounts.count() > 0 || this.organisations.count() > 0) {
			return;
		}
		Region region;
		try (InputStream in = new ClassPathResource("demo/region.json").getInputStream()) {
			region = this.json.readValue(in, Region.class);
		}
		String hash = this.passwords.encode(PASSWORD);
		Map<String, Account> byEmail = new HashMap<>();
		for (Person person : region.people()) {
			Account account = Account.signUp(person.email(), hash,
					new PersonProfile(person.familyName(), person.givenName(), person.familyNameKana(),
							person.givenNameKana(), Prefecture.FUKUSHIMA, PostalCode.parse("969-0000").orElseThrow(),
							Language.fromTag(person.language()).orElse(Language.DEFAULT)),
					person.kind(), this.clock);
			account.confirmEmail(this.clock);
			person.roles().forEach(account::grant);
			byEmail.put(person.email(), this.accounts.save(account));
		}
		for (DemoOrganisation demo : region.organisations()) {
			Organisation organisation = new Organisation(new OrganisationDetails(demo.name(), demo.nameLatin(),
					Prefecture.FUKUSHIMA, demo.description(), null, demo.listed()), demo.type(), demo.clientKind(),
					demo.facilityKind(), this.clock);
			organisation.addMember(byEmail.get(demo.owner()).id(), true, this.clock);
			this.organisations.save(organisation);
		}
		for (SeedAgent agent : region.directory().agents()) {
			this.organisations.save(new Organisation(new OrganisationDetails(agent.name(), agent.nameLatin(),
					Prefecture.ofCode(agent.prefecture()).orElse(null), region.directory().description(), null, true),
					OrganisationType.AGENT, null, null, this.clock));
		}
		log.info("Demo data loaded: {} accounts (password '{}'), {} organisations", this.accounts.count(), PASSWORD,
				this.organisations.count());
	}

	record Region(List<Person> people, List<DemoOrganisation> organisations, Directory directory) {

	}

	record Person(String email, String familyName, String givenName, String familyNameKana, String givenNameKana,
			String language, Role kind, List<Role> roles) {

	}

	record DemoOrganisation(String name, String nameLatin, OrganisationType type, ClientKind clientKind,
			FacilityKind facilityKind, boolean listed, String owner, String description) {

	}

	record Directory(String description, String note, List<SeedAgent> agents) {

	}

	/**
	 * A support agent from the seed's directory; the prefecture only where the name says
	 * it.
	 */
	record SeedAgent(String name, String nameLatin, String prefecture) {

	}

}
