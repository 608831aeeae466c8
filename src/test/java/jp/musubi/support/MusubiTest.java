package jp.musubi.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on this run's PostgreSQL database, on a random port, with mail
 * going to GreenMail and a clock tests can move. Every test class with this annotation
 * shares one application context, so the suite starts Musubi once.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "musubi.demo.enabled=false", "musubi.base-url=http://localhost", "server.shutdown=immediate",
				"musubi.broadcast.max-video-size=24MB", "musubi.broadcast.max-photo-size=2MB",
				// Every MockMvc request comes from 127.0.0.1: the suite's sign-ups and
				// resets
				// would share one network address's quota (MailQuotaTests tests that
				// limit).
				"musubi.mail.quota.per-network-address=100000",
				// The tests that read the tourism figures refresh them when they need to;
				// run every 30 s besides, the refresh audited the forty partners of
				// FiguresTests again after each check-in of any later test, a core's
				// minutes in all.
				"musubi.tourism.figures.refresh-interval=-" })
@AutoConfigureMockMvc
@Import(TestConfiguration.class)
public @interface MusubiTest {

}
