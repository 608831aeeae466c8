package jp.musubi.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the links the accounts module sends by e-mail stay valid, and who becomes the
 * first administrator ({@code first-admin}: the e-mail address of an account, empty for
 * none).
 */
@ConfigurationProperties("musubi.accounts")
public record AccountsProperties(Duration confirmationValidity, Duration passwordResetValidity,
		Duration invitationValidity, @DefaultValue("") String firstAdmin) {

}
