package jp.musubi.platform.payment;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The provider named in {@code musubi.payments.provider}, and no other: a provider not
 * configured has no webhook either.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentProperties.class)
class PaymentConfiguration {

	@Bean
	@ConditionalOnProperty(name = "musubi.payments.provider", havingValue = DevelopmentProvider.NAME)
	DevelopmentProvider developmentProvider(PaymentProperties properties, Clock clock) {
		return new DevelopmentProvider(properties.development().webhookSecret(), properties.webhookTolerance(), clock);
	}

	@Bean
	@ConditionalOnProperty(name = "musubi.payments.provider", havingValue = StripeStyleProvider.NAME)
	StripeStyleProvider stripeStyleProvider(PaymentProperties properties, Clock clock, JsonMapper json) {
		return new StripeStyleProvider(properties.stripeStyle(), properties.webhookTolerance(), clock, json);
	}

	@Bean
	@ConditionalOnProperty(name = "musubi.payments.provider", havingValue = DevelopmentProvider.NAME)
	DevelopmentCheckouts developmentCheckouts(DevelopmentProvider provider, Payments payments, JsonMapper json,
			Clock clock) {
		return new DevelopmentCheckouts(provider, payments, json, clock);
	}

}
