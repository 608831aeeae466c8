/**
 * People and organisations: sign-up, sign-in, roles, profiles kept the Japanese way,
 * consent for sensitive information, organisations and their members, API tokens, data
 * export and erasure.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
		allowedDependencies = { "platform :: audit", "platform :: i18n", "platform :: mail", "platform :: refusal",
				"platform :: region", "platform :: security", "platform :: text", "platform :: web" })
package jp.musubi.accounts;
