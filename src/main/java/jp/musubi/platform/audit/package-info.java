/**
 * The audit log: sign-ins, role changes, consent changes, data exports, erasures and
 * other acts that a person or an authority may later ask about.
 */
@org.springframework.modulith.NamedInterface("audit")
package jp.musubi.platform.audit;
