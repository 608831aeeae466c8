/**
 * The work exchange (業務受発注): clients order work through the regional agent, members who
 * work from home do it, under contracts that state what the Freelance Act requires, with
 * qualified invoices, withholding, payments, reviews, messages and the telework hours
 * that the region's figures are made of.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work exchange",
		allowedDependencies = { "accounts", "platform :: i18n", "platform :: mail", "platform :: money",
				"platform :: pdf", "platform :: refusal", "platform :: region", "platform :: search",
				"platform :: security", "platform :: storage", "platform :: text", "platform :: web" })
package jp.musubi.work;
