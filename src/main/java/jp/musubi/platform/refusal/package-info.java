/**
 * How the domain refuses: an input a rule does not allow ({@link InputRefused}, several
 * at once {@link FieldsRefused}), or a thing that is not there ({@link NotFound}). They
 * say nothing of HTTP; {@code platform.web} turns them into pages and problem answers in
 * the caller's language, so a service throws the same refusal whether a page or the API
 * called it.
 */
@org.springframework.modulith.NamedInterface("refusal")
package jp.musubi.platform.refusal;
