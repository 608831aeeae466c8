package jp.musubi.accounts.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.security.RandomToken;
import jp.musubi.platform.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AccountTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneOffset.UTC);

	@Test
	void anAccountCannotSignInUntilItsAddressIsConfirmed() {
		Account account = member();
		assertThat(account.status()).isEqualTo(AccountStatus.PENDING);
		account.confirmEmail(this.clock);
		assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(account.emailConfirmedAt()).contains(this.clock.instant());
	}

	@Test
	void peopleSignUpOnlyAsMembersOrGuests() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Account.signUp("a@example.jp", "{noop}x", profile(), Role.ADMIN, this.clock));
	}

	@Test
	void addressesAreKeptInLowerCase() {
		assertThat(Account.signUp(" Taro@Example.JP ", "{noop}x", profile(), Role.MEMBER, this.clock).email())
			.isEqualTo("taro@example.jp");
	}

	@Test
	void onlyMembersDeclareSensitiveAttributesAndWithdrawingForgetsThem() {
		Account member = member();
		assertThat(member.declare(SensitiveAttribute.DISABILITY, this.clock)).isTrue();
		assertThat(member.declare(SensitiveAttribute.DISABILITY, this.clock)).isFalse();
		assertThat(member.declarations()).singleElement()
			.satisfies((declaration) -> assertThat(declaration.consentVersion())
				.isEqualTo(SensitiveAttribute.CONSENT_VERSION));
		assertThat(member.withdraw(SensitiveAttribute.DISABILITY)).isTrue();
		assertThat(member.declarations()).isEmpty();

		Account guest = Account.signUp("guest@example.jp", "{noop}x", profile(), Role.GUEST, this.clock);
		assertThatIllegalStateException().isThrownBy(() -> guest.declare(SensitiveAttribute.WOMAN, this.clock));
	}

	@Test
	void erasingLeavesOnlyTheIdAndNothingCanChangeAfterwards() {
		Account account = member();
		account.confirmEmail(this.clock);
		account.declare(SensitiveAttribute.WOMAN, this.clock);
		account.erase("{bcrypt}unusable");
		assertThat(account.status()).isEqualTo(AccountStatus.ERASED);
		assertThat(account.email()).isEqualTo("erased-" + account.id() + "@erased.invalid");
		assertThat(account.profile().familyName()).isEmpty();
		assertThat(account.profile().postalCode()).isNull();
		assertThat(account.roles()).isEmpty();
		assertThat(account.declarations()).isEmpty();
		assertThatIllegalStateException().isThrownBy(() -> account.changePassword("{noop}again"));
		assertThatIllegalStateException().isThrownBy(() -> account.grant(Role.ADMIN));
	}

	@Test
	void enablingADisabledAccountReturnsItToWhereItWas() {
		Account account = member();
		account.disable();
		account.enable();
		assertThat(account.status()).isEqualTo(AccountStatus.PENDING);
		account.confirmEmail(this.clock);
		account.disable();
		account.enable();
		assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
	}

	@Test
	void aLinkWorksOnceAndOnlyBeforeItExpires() {
		AccountToken token = AccountToken.issue(member().id(), AccountToken.Purpose.RESET_PASSWORD,
				RandomToken.generate(""), Duration.ofHours(1), this.clock);
		assertThat(token.refusal(this.clock)).isNull();
		assertThat(token.refusal(Clock.offset(this.clock, Duration.ofMinutes(60))))
			.isEqualTo(AccountToken.Refusal.EXPIRED);
		token.use(this.clock);
		assertThat(token.refusal(this.clock)).isEqualTo(AccountToken.Refusal.USED);
		assertThatIllegalStateException().isThrownBy(() -> token.use(this.clock));
	}

	@Test
	void japaneseNamesReadFamilyNameFirstAndEnglishOnesGivenNameFirst() {
		assertThat(new PersonProfile("山田", "花子", null, null, null, null, Language.JA).displayName()).isEqualTo("山田 花子");
		assertThat(new PersonProfile("Smith", "Anna", null, null, null, null, Language.EN).displayName())
			.isEqualTo("Anna Smith");
	}

	private Account member() {
		return Account.signUp("member@example.jp", "{noop}x", profile(), Role.MEMBER, this.clock);
	}

	private static PersonProfile profile() {
		return new PersonProfile("山田", "花子", "ヤマダ", "ハナコ", null, null, Language.JA);
	}

}
