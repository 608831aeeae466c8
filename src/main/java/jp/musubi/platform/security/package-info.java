/**
 * Who may do what: roles, the signed-in user, sign-in throttling, API tokens and the
 * rules each module contributes for its own addresses.
 */
@org.springframework.modulith.NamedInterface("security")
package jp.musubi.platform.security;
