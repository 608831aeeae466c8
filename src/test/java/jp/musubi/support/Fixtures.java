package jp.musubi.support;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import jp.musubi.accounts.ClientKind;
import jp.musubi.accounts.FacilityKind;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.accounts.account.Account;
import jp.musubi.accounts.account.AccountRepository;
import jp.musubi.accounts.account.CurrentUsers;
import jp.musubi.accounts.account.PersonProfile;
import jp.musubi.accounts.organisation.Organisation;
import jp.musubi.accounts.organisation.OrganisationDetails;
import jp.musubi.accounts.organisation.OrganisationRepository;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.Role;
import jp.musubi.platform.text.PostalCode;
import jp.musubi.platform.text.Prefecture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * People and organisations for tests, made straight through the repositories. Each gets a
 * fresh address, so tests sharing the database and the mail server never meet.
 */
public class Fixtures {

	/** The password of every fixture account. */
	public static final String PASSWORD = "correct horse battery staple";

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private OrganisationRepository organisations;

	@Autowired
	private PasswordEncoder passwords;

	@Autowired
	private CurrentUsers currentUsers;

	@Autowired
	private Clock clock;

	/** An address nobody else in the run uses. */
	public static String uniqueEmail(String name) {
		return name.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
	}

	@Transactional
	public TestUser member(String name) {
		return person(name, Role.MEMBER, Language.JA);
	}

	@Transactional
	public TestUser guest(String name, Language language) {
		return person(name, Role.GUEST, language);
	}

	@Transactional
	public TestUser admin(String name) {
		TestUser user = person(name, Role.MEMBER, Language.JA);
		this.accounts.findById(user.id()).orElseThrow().grant(Role.ADMIN);
		return user;
	}

	@Transactional
	public TestUser person(String name, Role kind, Language language) {
		return person(name, kind, language, Prefecture.FUKUSHIMA);
	}

	/** A person living in this prefecture; the others live in the demo region. */
	@Transactional
	public TestUser person(String name, Role kind, Language language, Prefecture prefecture) {
		String email = uniqueEmail(name);
		Account account = Account.signUp(email, this.passwords.encode(PASSWORD), new PersonProfile("山田", name, "ヤマダ",
				null, prefecture, PostalCode.parse("969-3301").orElseThrow(), language), kind, this.clock);
		account.confirmEmail(this.clock);
		this.accounts.save(account);
		return new TestUser(account.id(), email);
	}

	@Transactional
	public void disable(TestUser user) {
		this.accounts.findById(user.id()).orElseThrow().disable();
	}

	@Transactional
	public UUID organisation(String name, OrganisationType type, TestUser owner) {
		return organisation(name, type, (type == OrganisationType.FACILITY) ? FacilityKind.ONSEN_LODGING : null, owner);
	}

	/** A facility organisation of this kind, owned by {@code owner}. */
	@Transactional
	public UUID facility(String name, FacilityKind kind, TestUser owner) {
		return organisation(name, OrganisationType.FACILITY, kind, owner);
	}

	private UUID organisation(String name, OrganisationType type, FacilityKind kind, TestUser owner) {
		Organisation organisation = new Organisation(
				new OrganisationDetails(name, null, Prefecture.FUKUSHIMA, null, null, false), type,
				(type == OrganisationType.CLIENT) ? ClientKind.COMPANY : null, kind, this.clock);
		organisation.addMember(owner.id(), true, this.clock);
		this.organisations.save(organisation);
		return organisation.id();
	}

	@Transactional
	public void joinOrganisation(TestUser user, UUID organisationId) {
		this.organisations.findById(organisationId).orElseThrow().addMember(user.id(), false, this.clock);
	}

	/**
	 * Signs the user in for one MockMvc request, as the application would after sign-in.
	 */
	public RequestPostProcessor signedIn(TestUser user) {
		CurrentUser current = this.currentUsers.of(user.id());
		return user(current);
	}

	/**
	 * A fixture person: their account id and address; the password is {@link #PASSWORD}.
	 */
	public record TestUser(UUID id, String email) {

	}

}
