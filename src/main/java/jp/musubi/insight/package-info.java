/**
 * The seed's statistics and the region's picture of itself: the directory of support
 * agents, the national telework figures, and the region's own teleworkers by group
 * against the 20 % goal, counted from the hours the work module reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight",
		allowedDependencies = { "accounts", "work", "platform :: security", "platform :: text", "platform :: web" })
package jp.musubi.insight;
