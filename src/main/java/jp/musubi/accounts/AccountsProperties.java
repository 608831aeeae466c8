package jp.musubi.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How long the links the accounts module sends by e-mail stay valid. */
@ConfigurationProperties("musubi.accounts")
public record AccountsProperties(Duration confirmationValidity, Duration passwordResetValidity,
		Duration invitationValidity) {

}
