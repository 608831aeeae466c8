/**
 * The regional tourism and wellness CRM (地域CRM): partner facilities and their capacity,
 * the agent's programmes across them, one booking that takes every component's capacity
 * at once, guests with their origin, target area and consents, check-ins, follow-up,
 * campaigns and figures the partners share without exposing anyone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tourism and wellness CRM",
		allowedDependencies = { "accounts", "platform :: audit", "platform :: disclosure", "platform :: i18n",
				"platform :: mail", "platform :: money", "platform :: refusal", "platform :: region",
				"platform :: security", "platform :: storage", "platform :: text", "platform :: web" })
package jp.musubi.tourism;
