/**
 * Outgoing e-mail in the recipient's language, over SMTP when one is configured and
 * written to the log otherwise.
 */
@org.springframework.modulith.NamedInterface("mail")
package jp.musubi.platform.mail;
