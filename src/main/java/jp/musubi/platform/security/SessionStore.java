package jp.musubi.platform.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions kept in the database ({@code spring_session}, made by Flyway), so that every
 * node knows every sign-in, and written only when they change ({@link SparingSessions}).
 * Boot's own JDBC session set-up steps back once a session repository is declared, so
 * this one says what it said: the table's default name, the expired rows removed every
 * minute, each save in a transaction of its own, attributes read back by the
 * application's class loader, and the timeout of {@code server.servlet.session.timeout}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SessionStore {

	@Bean
	JdbcIndexedSessionRepository jdbcSessions(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
		TransactionTemplate saves = new TransactionTemplate(transactions);
		saves.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		JdbcIndexedSessionRepository sessions = new JdbcIndexedSessionRepository(jdbc, saves);
		sessions.setDefaultMaxInactiveInterval(timeout);
		ClassLoader loader = SessionStore.class.getClassLoader();
		GenericConversionService conversion = new GenericConversionService();
		conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversion.addConverter(byte[].class, Object.class, new DeserializingConverter(loader));
		sessions.setConversionService(conversion);
		return sessions;
	}

	@Bean
	@Primary
	SparingSessions<? extends Session> sparingSessions(JdbcIndexedSessionRepository sessions) {
		return new SparingSessions<>(sessions);
	}

}
