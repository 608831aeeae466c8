package jp.musubi.work;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the work exchange: the agent's fee on each contract (a percentage of the
 * remuneration) and how large an uploaded file may be.
 */
@ConfigurationProperties("musubi.work")
public record WorkProperties(@DefaultValue("10") BigDecimal agentFeePercent,
		@DefaultValue("20MB") DataSize maxUploadSize) {

}
