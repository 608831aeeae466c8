package jp.musubi.tourism.followup;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the CRM follows a stay up: the survey some time after departure, the reminder some
 * days before the next checkup, the revisit offer some weeks after the stay.
 */
@ConfigurationProperties("musubi.tourism")
public record FollowUpProperties(@DefaultValue("P1D") Duration surveyDelay, @DefaultValue("14") int checkupReminderDays,
		@DefaultValue("P60D") Period revisitAfter) {

}
