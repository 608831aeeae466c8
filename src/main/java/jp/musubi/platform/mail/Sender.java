package jp.musubi.platform.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who Musubi's mail comes from.
 *
 * @param from the address in every mail's From, whose domain also names each mail's
 * Message-ID
 */
@ConfigurationProperties("musubi.mail")
record Sender(String from) {

}
