/**
 * The four languages of the user interface, Japanese first, and how a visitor's choice is
 * remembered.
 */
@org.springframework.modulith.NamedInterface("i18n")
package jp.musubi.platform.i18n;
